"""#11 (reports): a question naming its currency ("in EUR millions") is not answered by an amount in another (mia
converts none). Fictional report sentences and questions written for these tests (a note on cold-storage warehouses)."""

from __future__ import annotations

from assistant.answer import scoring as S
from assistant.types import DocMeta
from one_page import ask_one_page

COLD = DocMeta(doc_id="dcold", doc="cold_storage_2026", source="/r/cold_storage_2026.html",
               title="Refrigerated warehouses in Europe, 2023-2025")  # fmt: skip
PAGE = ("Deals\n\nHarwick Cold Chain bought Fenmoor Depots, a Scottish chain of 31 refrigerated warehouses, in June 2025 "
        "for about GBP 212 million, its largest purchase so far.\n\n"
        "Alpenfrost, based in Basel, reported revenue of CHF 1.46 billion for 2025, after CHF 1.39 billion a year earlier.\n\n"
        "Norvik Reefer, listed in New York, reported revenue of US$2.08 billion for 2025, after US$1.97 billion a year "
        "earlier.\n")


def test_a_currency_asked_is_not_answered_in_another():
    assert S.unit_conflict("What was its revenue for 2025 in EUR millions?", "revenue of CHF 1.46 billion for 2025")
    assert S.unit_conflict("How much did it pay, in US dollars?", "for about GBP 212 million")
    assert not S.unit_conflict("What was its revenue for 2025 in CHF millions?", "revenue of CHF 1.46 billion")
    assert not S.unit_conflict("How much did it pay in USD?", "paid EUR 300 million (about US$330 million)")
    assert not S.unit_conflict("in EUR millions", "sales of 5 million units")
    # end to end: the dollar amount answers the plain question, never the one asked in euros
    ex = ask_one_page("What was Norvik Reefer's revenue for 2025?", PAGE, COLD)
    assert ex.answered and "US$2.08 billion" in ex.picks[0].candidate.text, [p and p.candidate.text for p in ex.picks]
    ex = ask_one_page("What was Norvik Reefer's revenue for 2025 in EUR millions?", PAGE, COLD)
    assert not ex.answered, [p and p.candidate.text for p in ex.picks]


def test_a_currency_only_named_asks_no_amount_in_it():
    # rule: only "in <currency>" (or "in millions of <currency>") asks the amount's currency; a question that names a
    # currency for another reason ("its euro notes") is answered by an amount in dollars
    assert S.currencies_asked("What was its revenue for 2025 in EUR millions?") == {"eur"}
    assert S.currencies_asked("How much did it pay, in US dollars?") == {"usd"}
    assert S.currencies_asked("What were sales, in millions of euros?") == {"eur"}
    assert S.currencies_asked("Which euro notes did Corvane repay, and how large is its new revolving facility?") == set()
    assert not S.unit_conflict("Which euro notes did Corvane repay, and how large is its new revolving facility?",
                               "Corvane entered into a $3.5 billion five-year unsecured revolving credit agreement.")
