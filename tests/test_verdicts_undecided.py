"""Yes/no verdicts only from a sentence that decides the asked proposition (session 20, #10): a share said of a
negated holder is the "No" share; a named customer's share and shares listed "respectively" are one customer's each;
a question joining two things by "or" gets no "No" from a sentence about one of them; a copular question's predicate
("primarily a footwear business") is not stated by a sentence that says its adverb and head noun without the modifier.

Every filer, sentence and question below is written for these tests (fictional companies).
"""

from __future__ import annotations

from assistant.answer import gates as G
from assistant.answer import prose_verdicts as V
from assistant.answer.candidates import Candidate
from assistant.answer.question import read_question
from assistant.types import DocMeta
from one_page import ask_one_page

FILING = DocMeta(doc_id="dhf", doc="HARLOWFOODS_2025_10K", source="/r/HARLOWFOODS_2025_10K.md",
                 company="Harlow Foods", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def _verdict(question: str, sentence: str) -> str | None:
    asked = read_question(question)[0]
    c = Candidate(doc_id="d", doc="d", source="", page=1, start=0, end=len(sentence), text=sentence, kind="sentence")
    return G.verdict(asked, c)


# ------------------------------------------------------------------------------------ negated holders

NEGATED = [
    "While we do not have a single customer accounting for more than 10% of our net sales, customer concentration "
    "can be more pronounced within some of our regional businesses.",
    "We have not had sales to any one customer in excess of 10% of our net sales in each of our past three fiscal "
    "years.",
    "No single client represented more than 3% of our service revenue in any of 2023, 2024 and 2025.",
    "None of our customers represented 10% or more of net revenue in fiscal 2025.",
]


def test_a_share_said_of_a_negated_holder_is_the_no_share_never_one_customers_yes():
    for q in ("Does Harlow Foods depend heavily on any single customer?",
              "Is Harlow Foods reliant on a handful of customers for its revenue?",
              "Is Harlow Foods dependent on a few large customers?"):  # fmt: skip
        assert V.asks_concentration(q), q
        for s in NEGATED:
            assert V.concentration_verdict(q, s) == "No", (q, s)
            assert V.states_concentration(q, s), (q, s)
    q = "Is Harlow Foods reliant on a limited number of customers?"
    # the others after the named ones: says nothing of those named
    assert V.concentration_verdict(q, "No other customer reached 10% of our net revenues in 2025.") is None
    # no customer above a quarter of sales leaves room for one at 20%
    assert V.concentration_verdict(q, "None of our customers accounted for more than 25% of net sales.") is None
    # a growth rate after a negated holder is no share
    assert V.concentration_verdict(q, "Without our largest customer, net sales would have grown 8% in 2025.") is None
    # the largest named, then the others: the largest decides
    assert V.concentration_verdict(q, "Our largest customer represented 14% of net sales in 2025; no other customer "
                                      "exceeded 10%.") == "Yes"  # fmt: skip


def test_a_named_customers_share_and_shares_listed_respectively_are_one_customers_each():
    q = "Does Harlow Foods depend heavily on any single customer?"
    s = ("Sales to Ardmore Grocers Inc. (Ardmore) and its affiliates, among them Ardmore Warehouse Club, made up about "
         "17% of our net revenue in 2025.")
    assert V.concentration_verdict(q, s) == "Yes" and V.states_concentration(q, s)
    q = "Is Harlow Foods dependent on a handful of customers for its sales?"
    s = ("Our largest customers in 2025 were Apexa, Borealis and Cindermoor Retail, at 19%, 11% and 8% of revenues, "
         "respectively.")
    assert V.concentration_verdict(q, s) == "Yes" and V.states_concentration(q, s)
    # a share of a region or a segment names no customer
    assert V.concentration_verdict(q, "Revenue from Europe accounted for 31% of net sales.") is None


# ------------------------------------------------------------------------------------ "A or B"

def test_a_sentence_about_one_disjunct_gives_no_no():
    for q in ("Does Harlow Foods depend on one customer or on one product line for its sales?",
              "Is Harlow Foods dependent on a few customers or suppliers?"):  # fmt: skip
        for s in NEGATED:
            assert V.concentration_verdict(q, s) is None, (q, s)
        # one disjunct true is enough for "A or B"
        assert V.concentration_verdict(q, "Our largest customer accounted for 22% of net sales.") == "Yes"
    # "one or two customers" joins two counts of one thing: a disjunct of its own it is not
    assert V.concentration_verdict("Does Harlow Foods depend on one or two customers?", NEGATED[2]) == "No"


def test_the_general_verdict_withholds_a_no_that_judges_one_disjunct():
    q = "Did Harlow Foods close its Dayton bakery or its Akron warehouse in 2025?"
    assert _verdict(q, "Harlow Foods did not close its Dayton bakery in 2025.") is None
    assert _verdict("Did Harlow Foods close its Dayton bakery in 2025?",
                    "Harlow Foods did not close its Dayton bakery in 2025.") == "No"  # fmt: skip


def test_a_concentration_question_with_two_disjuncts_is_not_answered_no_from_the_customer_sentence():
    page = ("# Item 1A. Risk Factors\n\nRelationships with our customers are fundamental to our success. " + NEGATED[0]
            + " Consequently, the loss of any of our key customers could have a material adverse effect on us.\n")
    ex = ask_one_page("Based on its FY2025 10-K, does Harlow Foods depend on one customer or on one product line "
                      "for its sales?", page, FILING)  # fmt: skip
    assert ex.verdicts[0] != "Yes" and ex.verdicts[0] != "No"
    ex = ask_one_page("Does Harlow Foods depend heavily on any single customer?", page, FILING)
    assert ex.verdicts[0] == "No"


# ------------------------------------------------------------------------------------ copular predicates

def test_a_copular_predicates_modifier_must_be_said():
    assert G._predicate_modifiers("Is Harlow Foods primarily a frozen-foods business") == ["frozen-foods"]
    assert G._predicate_modifiers("Is Harlow mainly an online retailer, based on its FY2025 10-K?") == ["online"]
    assert G._predicate_modifiers("Is Harlow profitable?") == []
    assert G._predicate_modifiers("Is Harlow a leader in its market?") == []
    q = "Is Harlow Foods primarily a frozen-foods business?"
    wrong = ("Higher average selling prices were primarily due to pricing actions and growth in the size of our direct "
             "business, partially offset by lower promotional prices.")
    assert _verdict(q, wrong) is None
    assert _verdict("Is Harlow mainly an online retailer?", "Harlow is mainly a store-based grocer with a small "
                    "delivery business.") is None  # fmt: skip
    assert _verdict("Is Harlow Foods primarily a frozen-foods business?",
                    "Harlow Foods is primarily a frozen-foods business.") == "Yes"  # fmt: skip


# ------------------------------------------------------------------------------------ how dependent on one thing

PROGRAM = """# Item 1. Business

Aerostructures, one of our business segments, makes wings and fuselage sections. We have handed over 287 Gannet
airframes to operators in seven countries since deliveries started.
Our largest program is Gannet, which produced 34% of our consolidated net sales and 68% of Aerostructures segment net
sales in 2025. Harbor Systems net sales grew 9% in 2025 over the prior year.
"""
AEROMETA = DocMeta(doc_id="dtv", doc="TARNVALE_2025_10K", source="/r/TARNVALE_2025_10K.md", company="Tarnvale Aerospace",
                   doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_how_dependent_on_one_program_is_answered_by_its_share_never_its_deliveries():
    for q in ("How dependent was Tarnvale Aerospace on the Gannet program in 2025?",
              "How heavily does Tarnvale Aerospace rely on its Gannet program?"):  # fmt: skip
        assert V.dependence_object(q) == "Gannet program", q
        ex = ask_one_page(q, PROGRAM, AEROMETA)
        assert ex.picks[0] is not None and "34% of our consolidated net sales" in ex.picks[0].candidate.text, q
    assert V.dependence_object("How dependent is Tarnvale on its largest customers?") is None  # holders: concentration
    # a growth rate is no share: no sentence states Harbor Systems' share, so the question is declined
    assert V.dependence_object("How reliant was Tarnvale on Harbor Systems for sales in 2025?") == "Harbor Systems"
    assert not V.states_dependence_share("How reliant was Tarnvale on Harbor Systems for sales in 2025?",
                                         "Harbor Systems net sales grew 9% in 2025 over the prior year.")
    ex = ask_one_page("How reliant was Tarnvale Aerospace on Harbor Systems for sales in 2025?", PROGRAM, AEROMETA)
    assert ex.picks[0] is None
