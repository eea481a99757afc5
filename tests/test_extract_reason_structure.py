"""Reason answers read by the structure of a report's sentences (issue 11, session 19): which sentences explain a
change, and which clause of a reasons list's lead-in dates the change. Sentences and questions written for these tests
(fictional notes on e-bike rentals and on heat-pump servicing)."""

from __future__ import annotations

from assistant.answer import prose_causes
from assistant.answer import prose_reasons as R
from assistant.answer import render as Rn
from assistant.answer import extract as X
from assistant.types import Chunk, DocMeta, Hit
from one_page import NearEmbedder

BIKES = DocMeta(doc_id="dbike", doc="ebike_rental_2025", source="/r/ebike_rental_2025.pdf",
                title="Shared e-bikes: trips, fleets and fares, 2022-2024")  # fmt: skip
PUMPS = DocMeta(doc_id="dpump", doc="heat_pump_service_2025", source="/r/heat_pump_service_2025.pdf",
                title="Heat-pump servicing: contracts, crews and prices, 2022-2024")  # fmt: skip


def test_a_sentence_stating_a_measured_change_of_its_own_is_no_explanation_of_the_one_before():
    # Rule: after a change, a sentence that states a measured change of its own before its cause marker ("..., 41% above
    # 2023's 2.2 million, so that ...") is a new finding with its own cause, not the earlier change's cause
    assert R.explained_effect(
        "Riders took 48 million shared e-bike trips in 2024, twice as many as in 2023.",
        ["Commuters made up 55% of riders, against 31% in 2022.", "Fares are still low.",
         "Operators took in about US$3.1 million a month, 41% above 2023's US$2.2 million a month, so "
         "that a typical trip earned less than a dollar."]) == ()  # fmt: skip
    assert R.explained_effect(
        "Service contracts for heat pumps rose to 610,000 in 2024, up from 420,000.",
        ["Installers employed 9,800 technicians.",
         "Their average call-out charge climbed 12% to EUR 96 from EUR 86, which meant that a yearly visit cost more "
         "than a boiler check."]) == ()  # fmt: skip
    # a sentence stating a cause with no measured change before it still explains the change before it
    assert len(R.explained_effect(
        "Service contracts for heat pumps rose to 610,000 in 2024, up from 420,000.",
        ["Installers employed 9,800 technicians.",
         "Most new owners signed up because their subsidy required a yearly check."])) == 2  # fmt: skip


def test_a_looking_ahead_clause_of_a_reasons_lead_in_dates_no_change():
    # Rule: in "Trips climbed for three reasons, and we expect the first two to count most in 2025:", the year dates an
    # expectation; the change the reasons explain is the first clause's
    assert prose_causes.lead_effect_text(
        "Trips climbed for three reasons, and we expect the first two to count most in 2025:") == "Trips climbed for three reasons"
    assert prose_causes.lead_effect_text(
        "Contracts rose for two reasons; both should persist into 2026:") == "Contracts rose for two reasons"
    assert prose_causes.lead_effect_text("Contracts fell in 2023 for two reasons:") == "Contracts fell in 2023 for two reasons:"


BIKE_PAGE = (
    "1. Summary\n"
    "Riders took 48 million shared e-bike trips in 2024, twice as many as in 2023 and four times the 12 million of\n"
    "2022. Commuters made up 55% of riders, against 31% in 2022, while tourists fell to 20% of the total.\n"
    "Fares are still low. Operators took in about US$3.1 million a month in 2024, 41% above 2023's US$2.2 million a\n"
    "month, so that a typical trip earned less than a dollar: a commuter pass costs far less than a day ticket.\n"
    "Trips climbed for three reasons, and we expect the first two to count most in 2025:\n"
    "- cities built protected lanes: the number of kilometres of protected lane doubled, which made riding safer;\n"
    "- employers paid for passes: large employers in the capital added e-bike passes to their travel benefits;\n"
    "- operators added docks near stations, so that riders could finish their commute by bike.\n"
)
PUMP_PAGE = (
    "Summary\n"
    "Service contracts for heat pumps rose to 610,000 in 2024 from 420,000 in 2023. Installers employed 9,800\n"
    "technicians. Their average call-out charge climbed 12% to EUR 96 from EUR 86 in 2024, which meant that a yearly\n"
    "visit cost more than a boiler check.\n"
    "Contracts rose for two reasons; both should persist into 2026:\n"
    "- insurers began to require a yearly check for policies covering the heating system;\n"
    "- the new subsidy scheme pays out only when a certified installer services the pump every year.\n"
)


def _ask(question: str, page: str, meta: DocMeta) -> X.Extraction:
    """The page as the one hit, every text at one place for the embedder: the structure rules decide, not similarity."""
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(), page_text=lambda d, p: page,
                     threshold=0.3)


def test_what_drove_a_change_is_answered_by_the_reasons_list_not_by_the_findings_after_the_change():
    for question, page, meta, first, wrong in (
            ("What drove the growth in shared e-bike trips in 2024?", BIKE_PAGE, BIKES, "cities built protected lanes",
             "Fares are still low"),
            ("Why did heat pump service contracts rise in 2024?", PUMP_PAGE, PUMPS, "insurers began to require",
             "call-out charge")):  # fmt: skip
        ex = _ask(question, page, meta)
        assert ex.answered, question
        text = Rn.render(ex, lambda d, p: page)[0]
        assert first in text and wrong not in text, (question, text)


# ---- a forecast and whether it was revised, asked in two parts (the second by a pronoun)

from assistant.answer import prose_revisions  # noqa: E402
from assistant.answer import question as Q  # noqa: E402


def test_a_pronoun_part_asks_whether_the_forecast_named_before_was_changed():
    # Rule: "..., and has it been revised?" asks whether the forecast the part before names was changed
    assert prose_revisions.asks_changed("has it been revised", "forecast latest paid trips") == "any"
    assert prose_revisions.asks_changed("and was it cut", "expect contracts 2026") == "down"
    assert prose_revisions.asks_changed("has it been revised", "revenue 2024") is None  # no forecast named before
    said = ("We now expect 61 million paid e-bike trips in 2025, 27% above 2024 and above the 55 million we "
            "forecast in our March note.")
    assert prose_revisions.changed_verdict("has it been revised", said, "forecast paid trips") == "Yes"


def test_paid_before_a_counted_noun_asks_no_money():
    # Rule: "paid" right before the noun it qualifies ("paid drone deliveries", "paid app subscriptions") says what is
    # counted, not that money is asked; "paid in dividends", "paid out" still ask money
    assert Q._unit("What is the latest forecast for paid e-bike trips in 2025") != "money"
    assert Q._unit("What is the forecast for paid app subscriptions in 2026") != "money"
    assert Q._unit("How much was paid in dividends in 2024") == "money"
    assert Q._unit("How much has the company paid out to shareholders") == "money"


BIKE_OUTLOOK = (
    "6. Outlook\n"
    "We now expect 61 million paid e-bike trips in 2025, 27% above 2024 and above the 55 million we forecast\n"
    "in our March note: cities opened lanes faster than we expected. We expect fare revenue of about US$45 million.\n"
)
PUMP_OUTLOOK = (
    "Outlook\n"
    "We expect heat pump sales to reach 1,180 thousand units in 2026, up 4.0%, which is less than the 1,240 thousand we\n"
    "projected in our autumn update: the subsidy budget was cut in January. Installer numbers should keep growing.\n"
)


def test_the_latest_forecast_and_whether_it_was_revised_are_both_answered_from_the_forecast_sentence():
    for question, page, meta, figure in (
            ("What is the note's current projection of paid e-bike trips for 2025, and has it been revised?", BIKE_OUTLOOK,
             BIKES, "61 million"),
            ("What is the latest forecast for 2026 heat pump sales, and has it been changed?", PUMP_OUTLOOK, PUMPS,
             "1,180 thousand")):  # fmt: skip
        ex = _ask(question, page, meta)
        assert not ex.partial and ex.verdicts[1] == "Yes", (question, ex.verdicts)
        text = Rn.render(ex, lambda d, p: page)[0]
        assert figure in text, (question, text)


# ---- which counted lead-in explains the asked change

from assistant.answer import candidates as C  # noqa: E402
from assistant.answer import scoring as S  # noqa: E402


def test_sales_said_with_no_money_count_goods():
    # Rule: "sales" is money or a number of things sold; the question's "<goods> sales" said with a figure and no
    # currency anywhere counts goods; any other money word in the question keeps it money
    assert S._sales_counted("What is the forecast for 2026 heat pump sales",
                            "We expect heat pump sales to reach 1,180 thousand in 2026, up 4.0%.")
    assert S._sales_counted("What were e-bike sales in Europe in 2024", "E-bike sales rose to 5.1 million in 2024.")
    assert not S._sales_counted("What were e-bike sales in Europe in 2024", "E-bike sales rose to EUR 5.1 billion.")
    assert not S._sales_counted("What revenue did e-bike sales bring in", "E-bike sales rose to 5.1 million in 2024.")
    assert not S._sales_counted("What were e-bike sales in Europe in 2024", "E-bike sales rose 5% in 2024.")  # no level


def test_the_closing_item_of_an_unmarked_list_may_open_in_capitals_like_the_items_before_it():
    # Rule: HTML list items read as paragraphs, each opening in capitals and ending with ";", close with one ending "."
    for page, last in (
            ("Rentals were hard hit for several reasons:\n\nCity budgets shrank, so fewer docks were built;\n\nWinter was "
             "long and wet across the north;\n\nFares rose twice in the year.\n\n## Fleets\n\nThe fleet grew.\n",
             "Fares rose twice"),
            ("The quarter was weak for three reasons:\n\nInsurers delayed approvals;\n\nInstallers lacked staff in the "
             "east;\n\nSubsidy payments were paused in March.\n\nOther news\n", "Subsidy payments")):  # fmt: skip
        lists = [c for c in C.page_candidates(page) if c.kind == "list"]
        assert lists and len(lists[0].items) == 3 and lists[0].items[-1].lstrip("- ").startswith(last), lists


HARD_YEAR = (
    "Exports\n\n"
    "Shipments of e-bikes from the region fell 7.1% in 2024 to 2.6 million units. Exports below EUR 1,000, where the\n"
    "cheapest makers compete, fell 15% in units. The number of e-bike makers fell much faster, by 22%, because small\n"
    "assemblers closed first.\n\n"
    "The year proved tough for e-bike exporters, for three reasons:\n\n"
    "Dealers in Germany cut their stocks after two years of overbuying;\n\n"
    "Buyers in France waited for a new purchase subsidy that was announced in spring but paid only from October;\n\n"
    "Cheaper imports from Asia took share in the Nordic countries.\n\n"
    "Outlook\n\n"
    "We now expect shipments to fall 2% in 2025. We cut our forecast for two reasons:\n\n"
    "orders for the spring season came in late;\n\n"
    "the subsidy in France will be smaller.\n"
)


HARD_QUARTER = (
    "Installations\n\n"
    "Heat pump installations fell 11% in the fourth quarter of 2024 to 94,000. Installations in flats fell 18%. Service\n"
    "revenue fell more slowly than installations, by 4%, because maintenance contracts kept paying.\n\n"
    "The quarter proved difficult for installers for three reasons:\n\n"
    "Gas prices fell back, so that switching saved households less;\n\n"
    "A mild autumn delayed replacements of broken boilers;\n\n"
    "Banks tightened the green loans that had paid for most systems.\n\n"
    "Outlook\n\n"
    "We now expect 410,000 installations in 2025. We lowered our projection for two reasons:\n\n"
    "grant applications slowed in January;\n\n"
    "two large installers cut their sales teams.\n"
)


def test_a_judged_period_explains_the_move_stated_before_it_and_never_a_forecast_cut():
    # Rule: "The year proved tough for e-bike exporters, for three reasons:" names no measure of its own; it explains the
    # period's move the sentence before states ("Exports ... fell"). A cause of one move outpacing another ("fell much
    # faster ..., because ...") explains the gap, not the move asked. A forecast's cut is explained by the lead-in
    # naming the forecast, under any of its names ("forecast" for "outlook")
    ex = _ask("Why did e-bike exports fall in 2024?", HARD_YEAR, BIKES)
    text = Rn.render(ex, lambda d, p: HARD_YEAR)[0]
    assert "Dealers in Germany cut their stocks" in text and "assemblers closed first" not in text, text
    ex = _ask("What does the report expect for e-bike shipments in 2025, and why was the outlook lowered?", HARD_YEAR, BIKES)
    text = Rn.render(ex, lambda d, p: HARD_YEAR)[0]
    assert "orders for the spring season came in late" in text and "Dealers in Germany" not in text, text
    ex = _ask("Why did heat pump installations fall in the fourth quarter of 2024?", HARD_QUARTER, PUMPS)
    text = Rn.render(ex, lambda d, p: HARD_QUARTER)[0]
    assert "Banks tightened the green loans" in text and "maintenance contracts kept paying" not in text, text
    ex = _ask("How many heat pump installations does the note expect in 2025, and why was the estimate cut?", HARD_QUARTER,
              PUMPS)
    text = Rn.render(ex, lambda d, p: HARD_QUARTER)[0]
    assert "grant applications slowed" in text and "Banks tightened" not in text, text


# ---- list members across the clauses and sentences of a paragraph


def test_an_enumeration_inside_a_relative_clause_ends_where_the_main_clause_goes_on():
    # Rule: "X, whose brands include A, B and C, had its worst year": the part opening with a finite verb is the main
    # clause resuming, no member
    assert R.inline_items("Kestrel Cycles, whose brands include Vireo, Alder and Tern, had its worst year since 2019.") == (
        "Kestrel Cycles, whose brands include", ("Vireo", "Alder", "Tern"))
    assert R.inline_items("Northwind, whose chains include Fresco, Lumo and Piazza, reported flat sales in 2024.")[1] == (
        "Fresco", "Lumo", "Piazza")


def test_members_named_later_in_the_paragraph_in_apposition_to_the_same_kind_join_the_list():
    # Rule: "its two dearest brands, D and E, ..." later in the paragraph names more members of the kind the lead-in
    # enumerates
    lead = "Kestrel Cycles, whose brands include"
    assert R.apposed_members(lead, ["Sales fell 9% to EUR 410 million.",
                                    "Its two most expensive brands, Heron and Osprey, both got new managers."]) == ["Heron", "Osprey"]
    assert R.apposed_members("Northwind, whose chains include", [
        "Their three newest chains, Brio, Coda and Sol, opened in Spain."]) == ["Brio", "Coda", "Sol"]
    assert R.apposed_members(lead, ["Its two largest dealers, Velo Hub and Ride On, cut orders."]) == []  # another kind
    page = ("Groups\n\nKestrel Cycles, whose brands include Vireo, Alder and Tern, had its worst year since 2019. Sales fell 9% "
            "to EUR 410 million. Its two most expensive brands, Heron and Osprey, both got new managers.\n")
    ex = _ask("Which Kestrel Cycles brands does the article mention?", page, BIKES)
    assert ex.answered and ex.picks[0].candidate.items == ("Vireo", "Alder", "Tern", "Heron", "Osprey"), ex.picks[0]


def test_a_part_of_the_change_with_its_cause_explains_the_change_before_it():
    # Rule: after a change, sentences stating a part's measured change and then its cause ("..., driven by ...",
    # "..., because ...") explain that change line by line, as MD&A paragraphs do; only a measured change followed by
    # what it led to ("so that", "which meant") is a finding of its own
    got = R.explained_effect(
        "Net sales of the Outdoor segment rose 4.0% to $210.5 million.",
        ["Unit volume grew 2.5%, driven by new listings at two warehouse club chains.",
         "Average selling prices increased 1.5% because of the list price increase taken in March."])
    assert len(got) == 2 and "warehouse club" in got[0]
    got = R.explained_effect(
        "Membership revenue declined 3.1% to $88.2 million in the quarter.",
        ["Paying members fell 4.4% to 1.21 million, reflecting the closure of nine clubs in the Midwest.",
         "Dues per member rose 1.3% due to the fee increase of January."])
    assert len(got) == 2 and "nine clubs" in got[0]
