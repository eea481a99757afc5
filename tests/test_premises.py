"""A why-question states a premise (a direction: "did not improve", "declined"); a quoted sentence stating the
opposite move of the same subject for the asked period is no answer to it. Sentences and questions are our own,
about fictional filers (Northwind Outfitters, Contoso Foods)."""

from __future__ import annotations

import pytest

from assistant.answer.premises import against_premise, contradicted, why_premise
from assistant.types import Answer, Citation

N = "Northwind Outfitters"


def test_the_premise_of_a_why_question():
    p = why_premise(f"{N}'s gross margin rate improved in the third quarter of fiscal 2026. Why did its operating "
                    f"margin rate not improve as well?")
    assert p is not None and p.direction == "not-up" and p.subject == ("operating", "margin", "rate")
    p = why_premise("Why did Contoso Foods' operating income decline in fiscal 2025?")
    assert p is not None and p.direction == "down" and p.subject == ("operating", "income")
    p = why_premise("Why didn't Contoso Foods' net sales grow in 2025?")
    assert p is not None and p.direction == "not-up" and p.subject == ("net", "sales")
    assert why_premise("What drove Contoso Foods' operating income in fiscal 2025?") is None
    assert why_premise("How much did Contoso Foods' net sales grow in 2025?") is None


@pytest.mark.parametrize("question, sentence, says", [
    (f"Why did {N}'s operating margin rate not improve in the third quarter of fiscal 2026?",
     "Our operating margin rate increased in the third quarter of fiscal 2026, driven by a higher gross margin rate, "
     "partially offset by higher SG&A expenses. Our operating margin rate decreased in the nine months of fiscal "
     "2026, primarily due to lower sales leverage.", True),
    # the sentence bears the premise out
    (f"Why did {N}'s operating margin rate not improve in the third quarter of fiscal 2026?",
     "Our operating margin rate decreased in the third quarter of fiscal 2026, primarily due to higher incentive "
     "compensation.", False),
    ("Why did Contoso Foods' operating income decline in fiscal 2025?",
     "Operating income rose 6% in fiscal 2025 as pricing offset higher freight costs.", True),
    ("Why did Contoso Foods' operating income decline in fiscal 2025?",
     "Operating income fell 6% in fiscal 2025 as freight costs outpaced pricing.", False),
    # another subject's move is no contradiction
    ("Why did Contoso Foods' operating income decline in fiscal 2025?",
     "Net sales rose 3% in fiscal 2025, while operating income fell on higher freight costs.", False),
    # another period's move (the nine months) says nothing of the asked quarter
    (f"Why did {N}'s operating margin rate not improve in the third quarter of fiscal 2026?",
     "Our operating margin rate increased in the nine months of fiscal 2026 on lower restructuring charges.", False),
])
def test_a_quote_stating_the_opposite_move_contradicts_the_premise(question, sentence, says):
    assert (contradicted(question, sentence) is not None) is says


def test_a_contradicted_quote_is_shown_without_answering():
    q = f"Why did {N}'s operating margin rate not improve in the third quarter of fiscal 2026?"
    quote = ("Our operating margin rate increased in the third quarter of fiscal 2026, driven by a higher gross margin "
             "rate, partially offset by higher SG&A expenses.")
    text = f"From {N}'s Q3 2026 10-Q, p. 21:\n\u201c{quote}\u201d [1]"
    ans = Answer(question=q, text=text, mode="extract",
                 citations=[Citation(n=1, doc="NORTHWIND_2026Q3_10Q", source="n.pdf", page=21, quote=quote)])
    out = against_premise(q, ans)
    assert out.mode == "fallback" and out.text.startswith("The filing does not bear out the question's premise")
    assert quote in out.text  # the passage is still shown, under the note
    same = Answer(question=q, text=text.replace("increased", "decreased"), mode="extract")
    assert against_premise(q, same).mode == "extract"


def test_a_move_stated_before_the_why_is_the_premise():
    p = why_premise("Contoso Foods grew its snack volumes by 8% in 2025, yet the division's operating income fell "
                    "12%. Which product line held it back, and why?")
    assert p is not None and p.direction == "down" and p.subject == ("operating", "income")
    p = why_premise(f"{N}'s comparable sales rose 4% in fiscal 2026. What drove the increase?")
    assert p is not None and p.direction == "up" and p.subject == ("comparable", "sales")
    assert why_premise("Contoso Foods' net sales rose 3% in 2025. How large were its operating expenses?") is None


def test_was_up_and_was_down_are_moves():
    q = "Why did Contoso Foods' operating income decline in fiscal 2025?"
    assert contradicted(q, "Operating income was up 4% in fiscal 2025 on firmer pricing.") is not None
    assert contradicted(q, "Operating income was down 4% in fiscal 2025 on freight costs.") is None


def test_a_quoted_list_whose_lead_item_states_the_opposite_move_is_no_answer():
    q = ("Contoso Foods' bakery sales held steady in the second quarter of 2025, yet the group's total net revenue "
         "fell 6%. Which business pulled it down, and why?")
    text = ("From Contoso Foods' Q2 2025 10-Q, p. 7, a list of three:\n\u2022 Total net revenue was up 2%, and "
            "reflected: [1]\n- higher snack volumes\n- lower freight surcharges")
    out = against_premise(q, Answer(question=q, text=text, mode="extract"))
    assert out.mode == "fallback" and "Total net revenue was up 2%" in out.text
    agree = Answer(question=q, text=text.replace("was up 2%", "was down 6%"), mode="extract")
    assert against_premise(q, agree).mode == "extract"
