"""#11 (reports): a question naming its currency ("in EUR millions") is not answered by an amount in another (mia
converts none). Fictional report sentences and questions written for these tests (a note on cold-storage warehouses)."""

from __future__ import annotations

from assistant.answer import scoring as S
from assistant.answer.shown import answer_figure
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


# Session 32 (#11): an amount in any currency a report counts in is money. Fictional note on Nordic trout and on alpine
# ski-lift operators, written for these tests.
TROUT = DocMeta(doc_id="dtrout", doc="nordic_trout_2026", source="/r/nordic_trout_2026.pdf",
                title="Rainbow Trout Farming in the Nordics, 2024-2026")  # fmt: skip
TROUT_PAGE = ("Prices\n\nThe export price of fresh farmed trout averaged NOK 71.30 a kilogram in 2025, 6.2% less than "
              "the NOK 76.00 of 2024, as Finnish and Danish harvests grew.\n\n"
              "Skarvik Aqua, the largest trout farmer, reported revenue of DKK 2.94 billion for 2025.\n\n"
              "Gletscherbahnen, which runs lifts in three Swiss valleys, took CHF 318 million in ticket revenue in 2025.\n")


def test_an_amount_in_any_currency_code_is_money():
    # rule: "NOK 71.30", "DKK 2.94 billion", "CHF 318 million" are amounts of money as "$" or "EUR" ones are; before,
    # a money question found no figure in a sentence counting in kroner or francs and was declined
    for asked, said in (("What was the average export price of farmed trout in 2025?", "NOK 71.30"),
                        ("What was Skarvik Aqua's revenue for 2025?", "DKK 2.94 billion"),
                        ("How much ticket revenue did Gletscherbahnen take in 2025?", "CHF 318 million")):
        ex = ask_one_page(asked, TROUT_PAGE, TROUT)
        assert ex.answered and said in ex.picks[0].candidate.text, (asked, [p and p.candidate.text for p in ex.picks])
    # upper-case codes only: "nok" or "chf" written in lower case are no currency
    assert S._MONEY.search("averaged NOK 71.30") and not S._MONEY.search("a nok of 71.30")


GRANT = DocMeta(doc_id="dins", doc="insulation_2026", source="/r/insulation_2026.pdf",
                title="Home Insulation in Britain, 2023-2025")  # fmt: skip


def test_two_parts_asking_one_measure_are_answered_in_one_unit():
    # Session 32 (#11). Rule: "How large is the grant, and what was it before it was raised?" asks one measure at two
    # times; a count ("12,300 homes") shown for the first part while the second is answered in money is another
    # measure's figure: the first part is said not to be found (a partial answer), never shown as the grant
    for cur in ("GBP ", "£"):
        page = (f"Grants\n\nThe Welsh government raised the Warm Homes insulation grant from {cur}3,000 to {cur}4,500 in "
                "March 2024, and the scheme paid for about 12,300 homes in 2025.\n\nInstallers fitted 210,000 lofts in 2025.\n")
        ex = ask_one_page("How large is the Warm Homes insulation grant, and what was it before it was raised?", page, GRANT)
        shown = [p and answer_figure(a, p.candidate) for a, p in zip(ex.parts, ex.picks)]
        assert "12,300 homes" not in shown and ex.partial, (cur, shown)
