"""gen_gate: a generated draft that is true but no answer to the kind of question asked is declined."""

from assistant.answer.gen_gate import gate_reason
from assistant.types import SentenceCheck


def ok(text, *cites):
    return SentenceCheck(text, cites or (1,), True)


REGIONS = ("Adjusted EBITDAR by region (in millions)\n"
           "Northwind Coast resorts  $ 1,240  $ 1,105\n"
           "Northwind Inland resorts  $ 2,310  $ 2,020\n"
           "Northwind Overseas  $ 615  $ 540\n")


def test_superlative_needs_the_top_row():
    q = "Which region had the highest adjusted EBITDAR for Northwind in 2025?"
    assert gate_reason(q, [ok("Northwind Coast resorts had adjusted EBITDAR of $1,240 million [1].")], {1: REGIONS})
    assert gate_reason(q, [ok("Northwind Inland resorts had the highest, $2,310 million [1].")], {1: REGIONS}) == ""
    assert gate_reason(q, [ok("Northwind Inland resorts led the company [1].")], {1: REGIONS}) == "names no figure to rank"
    low = "Which region had the lowest adjusted EBITDAR in 2025?"
    assert gate_reason(low, [ok("Northwind Overseas, at $615 million [1].")], {1: REGIONS}) == ""
    assert gate_reason(low, [ok("Northwind Coast resorts, at $1,240 million [1].")], {1: REGIONS})


def test_superlative_in_one_sentence():
    src = "Contoso's Alpine segment grew sales 14% in 2025, while its Harbor segment grew 9%."
    q = "Which segment grew the most at Contoso in 2025?"
    assert gate_reason(q, [ok("The Harbor segment, with growth of 9% [1].")], {1: src})
    assert gate_reason(q, [ok("The Alpine segment, up 14% [1].")], {1: src}) == ""


FACILITIES = ("Contoso may borrow up to $750 million under its revolving credit facility. "
              "It may also borrow up to $250 million under a term loan agreement.\n"
              "In total, Contoso may borrow up to $1,000 million under these agreements.")


def test_total_needs_a_figure_the_evidence_calls_total():
    q = "What is the total amount Contoso may borrow under its credit agreements?"
    one = ok("The total amount Contoso may borrow is $750 million [1].")  # the draft's own word 'total'
    assert gate_reason(q, [one], {1: FACILITIES})
    assert gate_reason(q, [ok("Contoso may borrow up to $1,000 million [1].")], {1: FACILITIES}) == ""
    # no total in the evidence: one facility is no answer
    assert gate_reason(q, [one], {1: FACILITIES.split("\n")[0]})


def test_yes_no_drafts():
    src = "Fabrikam's gross margin rose to 41.2% in 2025 from 39.8% in 2024."
    q = "Did Fabrikam's gross margin rise in 2025?"
    assert gate_reason(q, [ok("Yes, Fabrikam's gross margin rises in 2025 [1].")], {1: src}) == "restates the question"
    assert gate_reason(q, [ok("Yes, it rose to 41.2% from 39.8% [1].")], {1: src}) == ""
    # a no the evidence does not state
    assert gate_reason(q, [ok("No, the gross margin of Fabrikam fell short [1].")], {1: src})
    assert gate_reason(q, [ok("No, Fabrikam reported no margin gain [1].")],
                       {1: "Fabrikam did not improve its gross margin in 2025."}) == ""
    # a yes or no to a question that is not yes/no
    assert gate_reason("What was Fabrikam's gross margin in 2025?", [ok("Yes, 41.2% [1].")], {1: src})


def test_kind_of_thing_must_be_named_so_in_the_evidence():
    src = ("Tailspin issued $400 million of senior unsecured notes due 2031 in March 2025.\n"
           "Debt issuance costs of $6 million were capitalised.\n"
           "Tailspin paid legal fees of $2 million for the acquisition of Wingtip.")
    q = "Which type of debt did Tailspin issue in 2025?"
    assert gate_reason(q, [ok("Tailspin issued senior unsecured notes [1].")], {1: src}) == ""
    assert gate_reason(q, [ok("Tailspin paid legal fees of $2 million [1].")], {1: src})
    assert gate_reason(q, [ok("Debt issuance costs of $6 million [1].")], {1: src})
    assert gate_reason(q, [ok("Tailspin's was $6 million [1].")], {1: src}) == "names an amount, not a kind"


def test_other_questions_pass_and_unsupported_is_ignored():
    assert gate_reason("What drove Contoso's sales in 2025?",
                       [ok("Higher volumes in its Alpine segment drove sales [1].")], {1: "x"}) == ""
    assert gate_reason("Which region had the highest sales?", [SentenceCheck("Coast [1].", (1,), False)], {}) == ""
