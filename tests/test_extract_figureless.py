"""A question that asks for a figure is never answered by a selected passage that states none (extract.figureless)."""

from assistant.answer.question import _states_figure, asks_figure
from assistant.answer.extract import Extraction
from assistant.types import DocMeta
from one_page import ask_one_page


def test_figure_questions_are_recognised_in_their_usual_wordings():
    assert asks_figure("What was Contoso Medical's return on average total assets for fiscal 2026?")
    assert asks_figure("What did Fabrikam Logistics report for purchased fuel in 2025, in USD millions?")
    assert asks_figure("What were Northwind Tools' net sales in fiscal 2021?")
    assert asks_figure("How much did Tailspin spend on research in 2024?")


def test_questions_that_want_words_do_not_ask_for_a_figure():
    assert not asks_figure("What drove the improvement in Northwind's gross margin?")
    assert not asks_figure("Which segments does Contoso report?")
    assert not asks_figure("How concentrated is Fabrikam's customer base?")
    assert not asks_figure("What is Contoso's strategy in Asia?")
    assert not asks_figure("What were the drivers of Contoso's revenue growth in 2024?")


def test_a_year_alone_is_no_figure():
    assert not _states_figure('Contoso Medical, Inc. ("Contoso," the "Company") was founded in 1998 and makes stents.')
    assert _states_figure("Net sales were $1,204.5 million in 2025.")
    assert _states_figure("Return on assets was 7.5%.")


class _C:
    def __init__(self, text):
        self.text = text


class _P:
    def __init__(self, text):
        self.candidate = _C(text)
        self.score = 0.9


def _ex(question, text, notes=None):
    return Extraction(question=question, parts=[], picks=[_P(text)], verdicts=[None], ranked=[[]], notes=notes or {})


def test_a_description_sentence_is_no_answer_to_a_figure_question():
    q = "What was Contoso Medical's return on average total assets for fiscal 2026?"
    assert _ex(q, 'Contoso Medical, Inc. ("Contoso," the "Company") develops devices for cardiac surgery.').figureless
    assert not _ex(q, "Return on average total assets was 7.5% in fiscal 2026.").figureless
    # a computed line counts as the figure
    assert not _ex(q, "Contoso develops devices.", notes={0: "7.5% (computed)"}).figureless


def test_digits_inside_names_are_no_figures():
    # a digit glued to a name's letters or numbering a capitalised class names a thing; it answers no "what was"
    assert not _states_figure("The table below shows the movement in Northwind Bancorp's CET1 capital, Tier 1 capital "
                              "and Tier 2 capital for the nine months ended September 30, 2025.")
    assert not _states_figure("Refer to Fabrikam's Form 10-K and the Covid-19 discussion in Level 3 inputs.")
    # the same classes with their figures still state figures
    assert _states_figure("Northwind's CET1 capital ratio was 13.4% at September 30, 2025.")
    assert _states_figure("Stage 2 loans rose to 4,500 in 2025.")
    assert _states_figure("Its net leverage was 3x EBITDA and 5 of its plants were idle.")


def test_a_table_caption_naming_capital_tiers_is_no_ratio():
    q = "What was Northwind Bancorp's Tier 1 leverage ratio as of September 30, 2025?"
    assert _ex(q, "The following table presents Northwind Bancorp's CET1 capital, Tier 1 capital and Tier 2 capital "
                  "for the nine months ended September 30, 2025.").figureless
    assert not _ex(q, "Northwind Bancorp's Tier 1 leverage ratio was 7.1% at September 30, 2025.").figureless


def test_a_multiple_in_words_is_a_figure():
    q = "According to Northwind, how much more wafer area does its new memory line use than the old one?"
    assert not _ex(q, "Northwind has said the new line uses about three times the wafer area of the old one.").figureless
    assert not _ex(q, "The new NX5 line needs twice the wafer area of the LX3 line.").figureless
    assert _ex(q, "Northwind makes memory in the second half of the year at its NX5 plant.").figureless


def test_a_word_question_keeps_a_sentence_without_figures():
    q = "What drove the improvement in Northwind's gross margin?"
    assert not _ex(q, "The improvement reflected lower freight costs and fewer markdowns.").figureless


def test_a_share_or_margin_question_is_not_answered_by_an_amount():
    from assistant.answer.question import percent_without_percent as pwp

    share = "Roughly what share of the US pet food market did online sellers have in 2024?"
    assert pwp(share, '$4.2 billion (2024), from "Pet Market Review", p. 3:\n"Online sellers sold $4.2 billion ..."')
    assert not pwp(share, '31% (2024), from "Pet Market Review", p. 3:\n"Online sellers took 31% ..."')
    margin = "What gross margin did the average drone operator earn in 2023?"
    assert pwp(margin, "$2.7 billion (2023), from Drone Survey, p. 5:")
    assert not pwp(margin, "24.5% (2023), from Drone Survey, p. 5:")
    # an amount question keeps its amount
    assert not pwp("How much did online sellers sell in 2024?", "$4.2 billion (2024), from Pet Market Review, p. 3:")


class _Row:
    def __init__(self, text, years):
        self.text, self.years, self.kind = text, frozenset(years), "row"


class _PR:
    def __init__(self, cand):
        self.candidate, self.score = cand, 0.9


def test_a_table_row_answers_only_for_a_year_it_has_a_column_for():
    row = _Row("Selling, general and administrative: 2025 88.1, 2024 80.4, 2023 77.0 (in millions)", {2025, 2024, 2023})
    asked_2022 = Extraction(question="What were Contoso Outdoor's net sales in fiscal 2022?", parts=[],
                            picks=[_PR(row)], verdicts=[None], ranked=[[]])
    assert asked_2022.row_of_another_year
    asked_2024 = Extraction(question="What were Contoso Outdoor's SG&A expenses in fiscal 2024?", parts=[],
                            picks=[_PR(row)], verdicts=[None], ranked=[[]])
    assert not asked_2024.row_of_another_year
    no_year = Extraction(question="What are Contoso Outdoor's SG&A expenses?", parts=[], picks=[_PR(row)],
                         verdicts=[None], ranked=[[]])
    assert not no_year.row_of_another_year


def test_a_measure_named_right_after_what_asks_its_amount():
    q = "What total liquidity did Contoso Therapeutics have at June 30, 2025, counting the undrawn revolver?"
    assert asks_figure(q)
    assert asks_figure("What was Contoso Therapeutics' total liquidity at June 30, 2025?")
    assert not asks_figure("What liquidity risks does Contoso Therapeutics name?")
    meta = DocMeta(doc_id="dct", doc="contoso_therapeutics_10q", source="/r/contoso_therapeutics_10q.htm",
                   company="Contoso Therapeutics", doc_type="10-Q", fiscal_year=2025)  # fmt: skip
    page = ("Liquidity and Capital Resources\n\nWe believe that our cash and cash equivalents, together with availability "
            "under our revolving credit facility, will be sufficient to fund our operations for at least the next "
            "twelve months.\n")
    ex = ask_one_page(q, page, meta, threshold=0.01)
    assert ex.answered and ex.figureless  # boilerplate without a figure: the answerer declines
