"""#11 session 31: a part asking the dates of the events it names ("..., and what are the payment and record dates?") is
answered by the quote taken for the part before when that quote states a date right after each event's word
("payable on May 29, 2026 to holders of record on May 15, 2026"; ``asked_dates``, ``pickers._covering``). Fictional
filers, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import asked_dates as D
from assistant.answer import render as R
from assistant.types import DocMeta
from one_page import ask_company_page

WESTBROOK = DocMeta(doc_id="dwb", doc="westbrook_mills_10k_fy2026", source="/r/westbrook_mills_10k_fy2026.pdf",
                    company="Westbrook Mills", doc_type="10-K", fiscal_year=2026, period="FY2026")  # fmt: skip

DECLARED = ("On April 28, 2026, the Board declared a regular dividend of $0.215 a common share, payable on "
            "May 29, 2026 to holders of record on May 15, 2026.")
UNDATED = "On April 28, 2026, the Board declared a regular dividend of $0.215 a common share, payable to holders of record."
PAGE = f"Note 15. Subsequent Events\n\n{DECLARED}\n"
PAGE_UNDATED = f"Dividends and Share Repurchases\n\nWestbrook shares are listed on the Nasdaq. {UNDATED}\n"
Q = "What dividend did Westbrook's Board declare in April 2026, and what were its record and payment dates?"


def test_the_dates_a_part_asks_are_its_event_words():
    assert D.dates_asked("and what are the payment and record dates of that dividend") == ["payment", "record"]
    assert D.dates_asked("what were the grant, vesting and expiry dates") == ["grant", "vesting", "expiry"]
    assert D.dates_asked("what dividend did the board declare") == []


def test_a_date_right_after_each_event_word_states_the_dates():
    assert D.states_dates(["record", "payment"], DECLARED)
    assert not D.states_dates(["record", "payment"], UNDATED)  # the declaration's date is no payment date
    assert not D.states_dates(["record", "payment"], "The dividend is payable on June 5, 2026.")


def test_the_dividend_quote_answers_the_dates_part_too():
    ex = ask_company_page(Q, PAGE, WESTBROOK, "Westbrook")
    assert all(p is not None for p in ex.picks) and not ex.partial, [a.text for a, p in zip(ex.parts, ex.picks) if p is None]
    text = R.render(ex, lambda d, p: PAGE)[0]
    assert "May 15, 2026" in text and "May 29, 2026" in text and "Not in the indexed reports" not in text, text


def test_a_quote_without_the_dates_leaves_the_part_unanswered():
    ex = ask_company_page(Q, PAGE_UNDATED, WESTBROOK, "Westbrook")
    assert ex.picks[0] is not None and ex.picks[1] is None


def test_a_dates_part_naming_a_payment_asks_no_payment_figure():
    # "payment" names the event whose date is asked, not a money measure the quote's figures must be tied to
    q = "What dividend did Westbrook's Board declare in April 2026, and what are the payment and record dates?"
    ex = ask_company_page(q, PAGE, WESTBROOK, "Westbrook")
    assert all(p is not None for p in ex.picks) and not ex.partial, [a.text for a, p in zip(ex.parts, ex.picks) if p is None]
