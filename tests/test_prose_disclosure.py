"""prose_disclosure: a report saying a figure is not disclosed is shown as a decline, never as the figure.

Every report sentence and question below is written for these tests (fictional companies and markets).
"""

from __future__ import annotations

from assistant.answer import candidates as C
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_disclosure as D
from assistant.types import Answer, DocMeta
from one_page import ask_one_page

META = DocMeta(doc_id="dkiln", doc="kiln_review_2025", source="/r/kiln_review_2025.md",
               title="Electric Kilns: 2025 Review")  # fmt: skip


def _ask(question: str, page: str, threshold: float = 0.3) -> X.Extraction:
    return ask_one_page(question, page, META, threshold)


def test_what_a_sentence_says_is_not_disclosed():
    assert D.undisclosed("Glazeworks does not publish its unit sales.") == "its unit sales"
    assert D.undisclosed("The company does not break out revenue by region.") == "revenue by region"
    assert D.undisclosed("Segment margins are not reported separately.") == "Segment margins"
    assert D.undisclosed("Kilnco declined to disclose the terms of the deal.") == "the terms of the deal"
    assert D.undisclosed("There is no breakdown of revenue by country.") == "revenue by country"
    assert D.undisclosed("Its revenue fell 12% in 2024.") is None


def test_a_non_disclosure_answers_only_a_question_about_what_it_names():
    s = "Glazeworks does not publish its unit sales."
    assert D.says_undisclosed("How many kilns did Glazeworks sell in 2024?", s)
    assert D.says_undisclosed("What were Glazeworks' unit sales in 2024?", s)
    assert not D.says_undisclosed("What was Glazeworks' operating margin in 2024?", s)
    assert not D.says_undisclosed("How many kilns did Glazeworks sell?", "Glazeworks does not report its order backlog.")


def test_a_count_is_no_money_or_percentage():
    text = "It reports revenue only, which was EUR 1.2 billion in 2024, up 8%."
    spans = [(n.start, n.end, n.raw) for n in C.claims(text)]
    assert D.count_figures(text, spans) == []
    text = "It sold 48,000 kilns in 2024."
    assert [r for _, _, r in D.count_figures(text, [(n.start, n.end, n.raw) for n in C.claims(text)])] == ["48,000"]


PAGE = """## Makers

Kilnco remained the largest maker, with revenue of EUR 410 million in 2024.

Glazeworks does not publish its unit sales. It reports revenue only, which was EUR 120 million in 2024.
"""


def test_a_question_about_an_undisclosed_figure_is_declined_with_the_reports_words():
    ex = _ask("How many kilns did Glazeworks sell in 2024?", PAGE)
    assert ex.answered and ex.undisclosed
    assert "does not publish" in ex.picks[0].candidate.text
    text, cites, _ = R.render(ex)
    assert text.startswith(D.UNDISCLOSED_TEXT) and "120" not in text.split("\n")[0]
    ans = R.to_answer(ex, Answer(question="q", text=""))
    assert ans.mode == "fallback"  # an abstention: no figure is asserted


def test_a_count_question_is_not_answered_by_a_money_figure():
    page = "Glazeworks reports revenue only, which was EUR 120 million in 2024.\n"
    ex = _ask("How many kilns did Glazeworks sell in 2024?", page)
    assert not ex.answered


def test_a_non_disclosure_that_gives_something_in_its_place_is_no_decline():
    assert D.undisclosed("Kilnco did not give an annual figure but said its fourth-quarter spending was typical.") is None
    assert D.undisclosed("Glazeworks did not report a loss in 2024.") is None
    assert D.undisclosed("The new kiln is not available in Spain.") is None
