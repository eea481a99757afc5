"""prose_versus: "which grew faster, A or B?" gets both sides' figures and a computed verdict, or is declined.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_versus as V
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dpump", doc="pump_memo_2025", source="/r/pump_memo_2025.md", title="Industrial Pumps: Sector Memo")

MEMO = """# Industrial Pumps: Sector Memo

We recommend that the committee:
- **buy** Contoso Fluidics, whose service revenue is growing steadily;
- **hold** Fabrikam Pumps, which still has to prove it can turn growth into profit; and
- **sell** Tailspin Hydraulics, whose orders depend on the shrinking oil-and-gas market.

**Contoso Fluidics** (Frankfurt-listed) sells process pumps to chemical plants. Revenue rose 7% to $2.10 billion in
2024, and its order backlog rose 15% to $1.30 billion. Its ten largest customers account for 22% of revenue.

**Fabrikam Pumps** (Nasdaq: FBPM) makes smart pumps for water utilities. Its fiscal year ends on 30 June. Revenue
was $540 million in fiscal 2025, up 24% from $435 million in fiscal 2024. Its largest customer, a state water
authority, accounted for 19% of revenue.

**Tailspin Hydraulics** reported revenue of $880 million in 2024, down 5% from 2023.

**Wingtip Valves** is a private company and does not publish its revenue.
"""


def _ask(question: str, page: str = MEMO) -> X.Extraction:
    c = Chunk(chunk_id="dpump:1", doc_id="dpump", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=0, meta=META)
    return X.extract(question, [hit], HashEmbedder(), page_text=lambda d, p: page, threshold=0.3)


def _text(ex: X.Extraction, page: str = MEMO) -> str:
    return R.render(ex, lambda d, p: page)[0]


def test_the_sides_measure_and_direction_of_a_which_question():
    v = V.versus("Which grew revenue faster in its latest fiscal year, Fabrikam Pumps or Contoso Fluidics?")
    assert (v.a, v.b, v.measure, v.rate, v.more) == ("Fabrikam Pumps", "Contoso Fluidics", {"revenue"}, True, True)
    v = V.versus("Whose revenue fell faster, Tailspin's or Contoso's?")
    assert (v.a, v.b, v.rate, v.falling) == ("Tailspin", "Contoso", True, True)
    v = V.versus("Which company is larger by revenue, Contoso Fluidics or Fabrikam Pumps?")
    assert not v.rate and v.more and v.measure == {"revenue"}
    assert V.versus("Which pumps does Contoso sell, process pumps or smart pumps?") is None  # no comparative
    assert V.versus("Did Contoso grow faster than Fabrikam?") is None  # a yes/no comparison: prose_compare's


def test_the_figure_is_the_one_the_asked_measure_governs():
    v = V.versus("Which grew revenue faster, Contoso or Fabrikam?")
    assert V.side_figure(v, "Revenue rose 7% to $2.10 billion in 2024, and its order backlog rose 15%.")[0] == 7.0
    assert V.side_figure(v, "Its order backlog rose 15% in 2024.") is None  # another measure
    # "made up 44%" is a share, not a rise
    s = "Revenue was $90 million in fiscal 2025, up 12% from $80 million, and service revenue made up 40% of the total."
    assert V.side_figure(v, s)[0] == 12.0
    assert V.side_figure(v, "Revenue was $880 million in 2024, down 5% from 2023.")[0] == -5.0
    level = V.versus("Which had the larger revenue, Contoso or Fabrikam?")
    # the earlier value of a change is not the level
    assert V.side_figure(level, "Revenue was $540 million in fiscal 2025, up from $435 million.")[0] == 540e6


def test_which_grew_faster_is_answered_with_both_figures_and_a_computed_verdict():
    ex = _ask("Which grew revenue faster in its latest fiscal year, Contoso Fluidics or Fabrikam Pumps?")
    text = _text(ex)
    assert text.startswith("Fabrikam Pumps grew faster: revenue up 24% (2025) against up 7% for Contoso Fluidics (2024)")
    assert "Revenue was $540 million in fiscal 2025" in text and "Revenue rose 7% to $2.10 billion" in text
    assert "We recommend" not in text  # never the recommendation list


def test_a_larger_level_and_a_side_that_fell():
    text = _text(_ask("Which company is larger by revenue, Contoso Fluidics or Fabrikam Pumps?"))
    assert text.startswith("Contoso Fluidics is larger: revenue $2.10 billion (2024) against $540 million")
    text = _text(_ask("Which grew revenue faster in 2024, Tailspin Hydraulics or Contoso Fluidics?"))
    assert text.startswith("Contoso Fluidics grew faster: revenue up 7% (2024) against down 5% for Tailspin Hydraulics")


def test_no_figure_for_a_side_or_no_measure_asked_is_a_decline_never_another_passage():
    for q in ("Which grew revenue faster, Wingtip Valves or Contoso Fluidics?",  # Wingtip: no revenue figure
              "Which is bigger, Contoso Fluidics or Fabrikam Pumps?",  # bigger by what: nothing to compute
              "Whose revenue fell faster, Tailspin's or Contoso's?",  # Contoso's rose: no fall to compare
              "Which grew revenue faster in 2023, Tailspin Hydraulics or Contoso Fluidics?"):  # no 2023 figures
        ex = _ask(q)
        assert not ex.answered, q


def test_one_sentence_naming_both_sides_is_read_clause_by_clause():
    page = ("# Cold-chain logistics 2025\n\nNorthwind Reefers' revenue rose 9% in 2024 to $640 million, while Litware "
            "Cold Storage's revenue grew 14% to $410 million.\n")
    text = _text(_ask("Which grew revenue faster in 2024, Northwind Reefers or Litware Cold Storage?", page), page)
    assert text.startswith("Litware Cold Storage grew faster: revenue up 14% (2024) against up 9% for Northwind Reefers")


def test_a_sentence_of_another_companys_paragraph_is_not_a_sides_figure():
    page = ("**Contoso Fluidics** sells process pumps. Revenue rose 7% in 2024.\n\n"
            "**Proseware Seals** makes gaskets. Revenue rose 30% in 2024.\n\n"
            "**Fabrikam Pumps** makes smart pumps.\n")
    ex = _ask("Which grew revenue faster in 2024, Fabrikam Pumps or Contoso Fluidics?", page)
    assert not ex.answered  # Proseware's 30% is not Fabrikam's


def test_a_comparison_computed_from_a_tables_rows_stands():
    page = ("# Garden Centres 2025\n\nStores at year end:\n\n| Chain | 2023 | 2024 |\n|---|---|---|\n"
            "| Contoso Garden | 410 | 452 |\n| Fabrikam Plants | 220 | 231 |\n| Litware Nurseries | 130 | 128 |\n")
    ex = _ask("Which added stores faster in 2024, Contoso Garden or Fabrikam Plants?", page)
    assert ex.answered and ex.picks[0].candidate.kind in ("compared", "ranked")


# ---- session 7: a level in percent, a measure no list names, a head both sides share, "against N% for B" ----

CHURN = """# Meal Kits: Subscriber Economics

**Contoso Kitchen** grew fastest. It ended 2025 with 1.2 million subscribers, up from 0.9 million. Average monthly
revenue per subscriber was $58. Monthly subscriber churn was 5.1% in the fourth quarter, down from 5.9% a year earlier.

**Fabrikam Fresh** had 410,000 paying subscribers at 31 December 2025 and monthly churn of 7.3% in its fourth
quarter, up from 6.6% a year earlier.
"""


def test_a_level_in_percent_of_a_measure_no_list_names():
    text = _text(_ask("Which had the higher monthly subscriber churn, Contoso Kitchen or Fabrikam Fresh?", CHURN), CHURN)
    assert text.startswith("Fabrikam Fresh is higher: monthly subscriber churn 7.3% (2025) against 5.1% for Contoso"), text
    # the revenue per subscriber is not churn; the earlier value of a move is not the level
    v = V.versus("Which had the higher monthly subscriber churn, Contoso Kitchen or Fabrikam Fresh?")
    assert V.side_figure(v, "Average monthly revenue per subscriber was $58.") is None
    assert V.side_figure(v, "Churn was 5.1% in the fourth quarter, down from 5.9% a year earlier.")[0] == 5.1


DEMAND = """# Copper Outlook

Copper demand rose by 6% in 2025, with grids taking 31% of the total and electric vehicles 9%. Vehicles grew faster:
demand from electric vehicles rose by 21%, against 4% for power grids.
"""


def test_a_head_both_sides_share_and_the_figure_after_against():
    v = V.versus("Which grew faster in 2025, copper demand from power grids or from electric vehicles?")
    assert (v.a, v.b, v.head) == ("power grids", "electric vehicles", "deman")
    text = _text(_ask("Which grew faster in 2025, copper demand from power grids or from electric vehicles?", DEMAND),
                 DEMAND)  # fmt: skip
    assert text.startswith("electric vehicles grew faster: copper demand up 21% (2025) against up 4% for power grids")


def test_a_figure_whose_subject_is_the_whole_is_not_a_sides():
    # "Copper demand rose by 6%": all demand's growth, the grids named after it only for their share
    assert not V.side_governs("grids", "Copper demand rose by 6% in 2025, with grids taking 31% of the total", "rose by 6%")
    assert V.side_governs("power grids", "demand rose 4% for power grids.", "rose 4%")


def test_a_period_before_the_question_word_is_no_side():
    v = V.versus("In fiscal 2025, which grew revenue faster, Contoso or Fabrikam?")
    assert v is not None and (v.a, v.b) == ("Contoso", "Fabrikam") and v.rate and "revenue" in v.measure


def test_the_company_a_choice_is_asked_at_is_no_measure():
    v = V.versus("In fiscal 2025, which grew faster at Wrenfield Apparel, its digital business or its stores?")
    assert v is not None and v.rate and not v.measure & {"wrenf", "appar"}


def test_a_choice_asked_as_a_yes_no_question_is_a_choice():
    for q in ("Did Contoso or Fabrikam grow revenue faster in 2024?",
              "Was Contoso's backlog or Fabrikam's larger at the end of 2025?",
              "Did the wholesale or the retail channel grow more in fiscal 2025?"):
        assert V.versus(q) is not None, q
    for q in ("Did spending on streaming grow faster than spending on cable in 2025?",  # a yes/no with "than"
              "Did revenue increase or decrease in 2024?", "Is Contoso profitable or not?"):
        assert V.versus(q) is None, q


def test_a_choice_asked_as_yes_no_never_gets_a_yes_from_a_description():
    from one_page import ask_one_page


    meta = DocMeta(doc_id="dwa", doc="WRENFIELD_2025_10K", source="/r/w.md", company="Wrenfield Apparel",
                   doc_type="10-K", fiscal_year=2025)
    page = ("Item 1. Business\n\nWe sell through two channels: direct-to-consumer, which comprises our full-price and "
            "outlet stores and our websites, and wholesale, through department stores and specialty retailers.\n")
    ex = ask_one_page("Did Wrenfield Apparel's wholesale or direct-to-consumer channel grow more in fiscal 2025?",
                      page, meta)
    assert ex.verdicts[0] is None and ex.picks[0] is None, (ex.verdicts, ex.picks)


VIRTUAL = ("Virtual care\n\nIn 2024, spending on virtual care rose 7% to about $39.5 billion. Telehealth visits fell 4% to "
           "238 million, as in-person appointments recovered.\n")


def test_sides_that_are_their_own_measures_are_each_read_from_their_clause():
    from one_page import ask_one_page

    meta = DocMeta(doc_id="dvc", doc="virtual_care_2025", source="/r/v.md", title="Virtual care in 2025")
    for q in ("In 2024, which grew faster: spending on virtual care or the number of telehealth visits?",
              "Which grew faster in 2024, spending on virtual care or telehealth visits?"):
        ex = ask_one_page(q, VIRTUAL, meta)
        assert ex.verdicts[0] and ex.verdicts[0].startswith("spending on virtual care grew faster: up 7% (2024) against "
                                                            "down 4% for telehealth visits"), (q, ex.verdicts)
