"""The part of a share asked ("<part> as a share of <whole>") is the noun phrase right before "share of": a clause
before a question word ("Using X from the cash flow statement, what share of ...") is never read as the part's name
(it once named the "Net income" row from "income statement"). Fictional filers; wordings written for these tests."""

from __future__ import annotations

from assistant.answer import named_lines


def test_a_premise_clause_before_the_question_word_names_no_part():
    q = ("Taking capex from the cash flow statement and sales from the income statement, what percentage of its fiscal "
         "2025 net sales did Brindle Tools spend on capex (round to one decimal)?")
    assert named_lines.share_parts(q, ["Brindle Tools"]) is None


def test_a_part_named_before_share_of_is_read_after_a_leading_phrase():
    assert named_lines.share_parts("What were franchise fees as a proportion of total revenues in 2025?") == (
        "franchise fees", "total revenues")
    assert named_lines.share_parts("For Quillon, what was licensing income as a share of net revenues?",
                                   ["Quillon"]) == ("licensing income", "net revenues")
