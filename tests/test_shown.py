"""The figure an amount answer shows (answer/shown.py): answer_figure and its reading helpers.

Moved from test_extract.py when extract.py was split; every sentence is written for these tests.
"""

from __future__ import annotations

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import shown as W

from extract_pages import META_FILING, find


def _figure(question: str, sentence: str) -> str | None:
    return W.answer_figure(Q.read_question(question)[0], C.page_candidates(sentence)[0])


def test_the_figure_of_the_asked_year_leads():
    s = "Lumen's capital expenditures were $10.6 billion in 2024, compared with $7.9 billion in 2023."
    assert _figure("What were Lumen's capital expenditures in 2023?", s) == "$7.9 billion (2023)"
    assert _figure("What were Lumen's capital expenditures in 2024?", s) == "$10.6 billion (2024)"


def test_the_figure_whose_clause_names_the_asked_item_leads():
    s = ("Harbor's revenue was $9.2 billion in 2024, up from $7.7 billion, and its operating profit was a record "
         "$1.4 billion after a loss of $0.3 billion in 2023.")  # fmt: skip
    assert _figure("What was Harbor's operating profit in 2024?", s) == "$1.4 billion"
    s = "The list price was $0.40 per million input tokens and $1.60 per million output tokens from March 2025."
    assert _figure("What was the list price per million output tokens?", s) == "$1.60"


def test_a_rate_is_not_the_figure_unless_a_rate_is_asked():
    s = "Training took 1.2 million GPU hours, which at an assumed rental price of $2 per GPU hour comes to $2.4 million."
    assert _figure("What training cost does the report state?", s) == "$2.4 million"


def test_a_change_question_leads_with_the_change():
    s = "Harbor's server revenue was $6.1 billion in 2024, up 31% from $4.7 billion in 2023."
    assert _figure("By what percentage did Harbor's server revenue grow in 2024?", s) == "31%"


def test_a_row_answers_with_the_asked_column():
    assert W.answer_figure(Q.read_question("What was Lumen's capital expenditure in 2024?")[0], find("Lumen:")) == \
        "Lumen, 2024: US$ 10.6 billion"  # the cell at the scale its table states (test_extract_subject_bound)


def test_a_row_figure_with_thousands_separators_is_shown_whole():
    """A statement row printed "2025 741,573, 2024 816,189" gives its figure as printed, not cut at the comma;
    a figure in parentheses keeps both of them."""
    page = ("STATEMENTS OF OPERATIONS\n(in thousands)\nFiscal year 2025 2024\n"
            "Franchise royalties 204,118 191,760\nLoss on disposal of assets (12,406) (3,115)\n")
    pool = C.page_candidates(page, doc_id="dquill", doc="QUILL_2025_10K", page_no=3, meta=META_FILING)
    rows = [c for c in pool if c.kind == "row"]
    royalties = find("Franchise royalties", rows)
    loss = find("Loss on disposal", rows)
    asked = Q.read_question("How much did the franchise royalties come to in fiscal 2025?")[0]
    assert W.answer_figure(asked, royalties).startswith("Franchise royalties, 2025: 204,118")
    asked = Q.read_question("How large was the loss on disposal of assets in 2024?")[0]
    assert W.answer_figure(asked, loss).startswith("Loss on disposal of assets, 2024: (3,115)")


def test_a_number_that_is_part_of_a_name_is_never_the_answer_figure():
    """A number in a name or reference ("Tier 2 capital", "Phase 3", "Note 14") names a thing; shown as the answer's
    figure it would read "2 capital". Without another figure the quote has no answer figure."""
    s = "The table below shows the changes in Fabrikam Bancorp's CET1 capital, Tier 1 capital and Tier 2 capital."
    assert _figure("What was Fabrikam Bancorp's CET1 capital ratio at June 30, 2025?", s) is None
    s = "Northwind's Phase 3 programme enrolled 1,240 patients in 2025."
    assert _figure("How many patients did Northwind's Phase 3 programme enrol in 2025?", s).startswith("1,240")


# session 31 (#11, f31-reports): a fictional ferry forecast
from assistant.answer import shown as _s31_shown  # noqa: E402
from assistant.answer.candidates import Candidate as _S31Candidate  # noqa: E402
from assistant.answer.question import read_question as _s31_read_question  # noqa: E402


# ---- the asked year's figure of a forecast read over several sentences ------------------------------------------------
_FORECAST = ("Brannock now sees European ferry revenue rising 3.1% in 2026, to EUR 18.4 billion, against the EUR 18.9 "
             "billion it had pencilled in last spring, as German freight volumes remain soft. Passenger numbers should "
             "grow by roughly 2%. By 2030 Brannock sees revenue reaching EUR 21.7 billion and 61 million passengers, a "
             "compound rate of 3.4% a year from 2025.")
_LEVEL = ("Brannock has lowered its outlook: it now sees European ferry revenue of EUR 18.4 billion in 2026, up 3.1%, "
          "against the EUR 18.9 billion it had pencilled in last spring, as German freight volumes remain soft. "
          "Passenger numbers should grow by roughly 2%. By 2030 Brannock sees revenue reaching EUR 21.7 billion, a "
          "compound rate of 3.4% a year from 2025.")


def _s31_sentence(text: str, form: str = "") -> _S31Candidate:
    return _S31Candidate("d", "d", "s", 2, 0, len(text), text, "sentence", form=form)


def test_a_forecast_asked_for_a_later_year_never_leads_with_the_earlier_years_figure():
    # GENERAL rule: a figure bound to another year than the asked one ("rising 3.1% in 2026, to EUR 18.4 billion") comes
    # after the asked year's; a clause never runs on into the next sentence
    asked = _s31_read_question("What does Brannock forecast for European ferries in 2030?")[0]
    assert _s31_shown.answer_figure(asked, _s31_sentence(_FORECAST, "forecast")) == "EUR 21.7 billion (2030)"


def test_a_place_named_in_an_earlier_sentence_is_not_a_later_figures_subject():
    # GENERAL rule: "... as German freight volumes remain soft. ... By 2030 ... EUR 21.7 billion" is no German figure:
    # the place before a figure is read in the figure's own sentence
    asked = _s31_read_question("What revenue does Brannock forecast for European ferries in 2030?")[0]
    assert _s31_shown.answer_figure(asked, _s31_sentence(_LEVEL, "forecast")) == "EUR 21.7 billion (2030)"


def test_the_figure_set_against_the_current_one_is_the_period_befores():
    # session 32 (#11): "$0.42 per share (compared with $0.38 per share in the same quarter last year)": $0.38 is the
    # year before's figure, never the declared dividend; a part asking the year before's figure still gets it
    from assistant.types import DocMeta

    meta = DocMeta(doc_id="dkil", doc="kilbride_q2_2026_release", source="/r/kilbride.html", company="Kilbride Mills",
                   doc_type="earnings release", fiscal_year=2026, period="Q2 2026")
    for s in ("The Board declared a quarterly cash dividend of $0.27 per share (compared with $0.25 per share in the same "
              "quarter last year).",
              "The Board declared a quarterly cash dividend of $0.27 per share, up from $0.25 per share a year earlier."):
        c = C.page_candidates(s, doc_id="dkil", meta=meta)[0]
        asked = Q.read_question("What quarterly dividend did Kilbride Mills declare?")[0]
        assert W.answer_figure(asked, c) == "$0.27", s
        asked = Q.read_question("What quarterly dividend did Kilbride Mills pay a year earlier?")[0]
        assert W.answer_figure(asked, c) == "$0.25", s


def test_a_count_of_things_is_never_a_sum_a_share_or_a_multiple():
    """Session 33 (#10): "how many <things>" is answered by a count; money, a percentage or a multiple in the same
    sentence measures something else, never the headline (``answer_figure``)."""
    assert _figure("How many towers did Brackwell Towers decommission in the second quarter of 2026?",
                   "At June 30, 2026 net debt was 5.2 times annualized second-quarter Adjusted EBITDA.") is None
    assert _figure("How many regional jets did Solent Air retire from its fleet in fiscal 2025?",
                   "Fleet retirement costs were $48.3 million in fiscal 2025, or 2.1% of operating expenses.") is None
    assert _figure("How many wells did Corliss Energy drill in 2025?",
                   "Drilling and completion capital was $412 million in 2025, 14% lower than in 2024.") is None
    # a count still answers; money counted ("how many dollars per share") is money
    assert _figure("How many wells did Corliss Energy drill in 2025?",
                   "We drilled 38 gross wells in 2025 at a cost of $412 million.").startswith("38 ")
    assert _figure("How many dollars per share did Corliss Energy pay in dividends in 2025?",
                   "Dividends were $1.20 per share in 2025.").startswith("$1.20")


def test_a_sentence_dating_every_figure_to_another_year_answers_no_amount_of_the_asked_one():
    """Session 33 (#10): the asked year named only as a frame ("Similar to fiscal 2025", "As in 2024", "compared with
    2025's") while every figure is another year's is no answer for the asked year (``dated_elsewhere``)."""
    cases = [
        ("How much revenue did Quillon Media's stand-alone studios generate in fiscal 2025, in USD millions?",
         "Similar to fiscal 2025, we recognized $148 million of licensing revenue in fiscal 2024, with an equal impact "
         "to gross profit."),
        ("What were Tessaro's warranty costs in 2025?",
         "As in 2025, warranty costs were elevated in 2024, at $41.2 million."),
        ("How much did Brevard Health receive in grant income in 2024?",
         "Grant income, which we expect to fall sharply after 2024, was $12.6 million in 2023."),
    ]
    for q, s in cases:
        assert W.dated_elsewhere(Q.read_question(q)[0], C.page_candidates(s)[0]), (q, s)
    # a figure of the asked year, or one left undated, keeps the sentence
    for q, s in [(cases[0][0], "In fiscal 2025, we recognized $110 million of licensing revenue, compared with $148 "
                               "million in fiscal 2024."),
                 (cases[1][0], "Warranty costs in 2025 were $38.9 million, down from $41.2 million in 2024."),
                 (cases[2][0], "Grant income in 2024 rose to $14.1 million.")]:
        assert not W.dated_elsewhere(Q.read_question(q)[0], C.page_candidates(s)[0]), (q, s)
