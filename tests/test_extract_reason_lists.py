"""Reason and quantity answers read from a report's structure (issue 11, session 21): a counted list of reasons is
the stated answer to a why-question, a change read with the sentences after it explains only its own direction, the
years of a reason list's items date causes, a list's lead-in is shown after the change it explains, a "..., and why?"
part is the part before's, and a price never answers "how much <thing> did <subject> produce". Sentences and questions written for these tests
(fictional notes on cold-chain warehousing, municipal composting, bottled water and wind farms)."""

from __future__ import annotations

from assistant.answer import scoring as S
from assistant.answer.question import read_question
from assistant.types import DocMeta
from one_page import NearEmbedder, ask_one_page

from assistant.answer import extract as X
from assistant.types import Chunk, Hit

COLD = DocMeta(doc_id="dcold", doc="cold_chain_2025", source="/r/cold_chain_2025.pdf",
               title="Cold-Chain Warehousing: Capacity, Rents and Operators, 2022-2024")  # fmt: skip
COMPOST = DocMeta(doc_id="dcomp", doc="composting_2025", source="/r/composting_2025.pdf",
                  title="Municipal Composting in Northern Europe, 2022-2024")  # fmt: skip


def _near(question: str, page: str, meta: DocMeta) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


COLD_PAGE = (
    "1. Summary\n"
    "Rents for cold-chain warehouse space in Europe rose 7.4% in 2024, to EUR 118 per square metre, against EUR 110 in "
    "2023. Vacancy stayed below 2%. Operators kept adding space near ports. The three largest operators earned an "
    "average margin of 31% in 2024, against 28% in 2023, because energy surcharges were passed on to tenants.\n"
    "Rents rose for three reasons, the first by far the largest:\n"
    "- energy: landlords passed higher refrigeration costs on to tenants in new leases;\n"
    "- scarcity: almost no speculative cold stores were built in 2023;\n"
    "- food retailers: grocers moved frozen stock closer to their stores.\n"
)

COMPOST_PAGE = (
    "Summary\n"
    "Municipal composting plants in the Nordic countries treated 2.6 million tonnes of garden and food waste in 2024, "
    "11% more than the 2.3 million tonnes of 2023. Plants in Denmark ran at full rates. Gate fees were unchanged. "
    "Operators' average profit per tonne reached EUR 14 in 2024, against EUR 11 in 2023, because compost sold for more.\n"
    "Volumes grew for two reasons:\n"
    "- food waste: three cities began separate kerbside collection of food waste;\n"
    "- garden waste: a wet spring produced more cuttings than usual.\n"
)


def test_a_counted_list_of_reasons_is_preferred_to_a_change_read_with_the_sentences_after_it():
    # Rule: the reasons a report announces and counts for the asked change are its stated answer; a change followed by
    # other findings (one of them with its own "because") is no better an answer however close it reads
    for question, page, meta, lead in (
            ("What drove the rise in cold-chain warehouse rents in 2024?", COLD_PAGE, COLD, "Rents rose for three reasons"),
            ("What drove the growth in municipal composting volumes in 2024?", COMPOST_PAGE, COMPOST,
             "Volumes grew for two reasons")):  # fmt: skip
        ex = _near(question, page, meta)
        shown = [ex.picks[0].candidate, *(s.candidate for s in ex.others[0])] if ex.picks[0] is not None else []
        assert any(c.kind == "list" and c.text.startswith(lead) for c in shown)
        assert not any(c.form == "effect" for c in shown)  # the change and the findings after it are not shown


BOTTLED = DocMeta(doc_id="dwater", doc="bottled_water_2025", source="/r/bottled_water_2025.html",
                  title="Bottled water in Europe: volumes, prices and brands")  # fmt: skip

BOTTLED_PAGE = (
    "More brands, fewer litres\n"
    "Europeans drank 52.1 billion litres of bottled water in 2024. Average consumption per person fell 5.8% to 98 litres "
    "from 104 litres in 2023.\n"
    "\n"
    "The survey gives three reasons why consumption fell:\n"
    "- tap water: campaigns in France and Spain, started in 2019, persuaded households to drink from the tap;\n"
    "- a cool summer: temperatures in July stayed below their 2021 average across the north;\n"
    "- prices: supermarkets raised shelf prices as plastic costs rose.\n"
)

WIND = DocMeta(doc_id="dwind", doc="onshore_wind_2025", source="/r/onshore_wind_2025.html",
               title="Onshore wind in the Baltic states")  # fmt: skip

WIND_PAGE = (
    "A slower year\n"
    "Wind farms in the three Baltic states generated 7.9 TWh in 2024, and their average capacity factor dropped to "
    "27.5% from 29.8% in 2023.\n"
    "\n"
    "Operators name two reasons why the capacity factor dropped:\n"
    "- weaker winds: average wind speeds were the lowest since 2010;\n"
    "- curtailment: grid operators held back output on 41 days when lines to Finland were full.\n"
)


def test_a_reason_lists_item_years_date_its_causes_and_its_change_is_shown_before_it():
    # Rules: the years a reason list's items name ("below their 2021 average") date the causes, not the change the
    # list explains; its lead-in states no figure, so the change stated in the paragraph before it is shown first
    for question, page, meta, change, lead in (
            ("Why did bottled water consumption per person fall in 2024?", BOTTLED_PAGE, BOTTLED,
             "Average consumption per person fell", "The survey gives three reasons"),
            ("Why did the capacity factor of Baltic wind farms drop in 2024?", WIND_PAGE, WIND,
             "Wind farms in the three Baltic states", "Operators name two reasons")):  # fmt: skip
        ex = _near(question, page, meta)
        assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith(change)
        assert [s.candidate.text for s in ex.others[0]][:1] and ex.others[0][0].candidate.text.startswith(lead)
    asked = read_question("Why did bottled water consumption per person fall in 2024?")[0]
    lists = [c for c in X.candidates([_hit(BOTTLED, BOTTLED_PAGE)], lambda d, p: BOTTLED_PAGE)
             if c.kind == "list" and c.text.startswith("The survey gives")]
    assert lists and S.period_score(asked, lists[0]) > 0.0
    _check_other_way()


def _hit(meta: DocMeta, page: str) -> Hit:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return Hit(chunk=c, score=1.0, rank=0, meta=meta)


REGION_PAGE = (
    "2. Regions\n"
    "Composting volumes rose in every region in 2024. The Nordics grew fastest, by 9.1%, as six new plants opened, and "
    "the Baltics grew 6.0% on the strength of new municipal contracts.\n"
)

REGION_PAGE_2 = (
    "2. Regions\n"
    "Cold-store capacity rose in every region in 2024. Iberia grew fastest, by 12.4%, as two grocers opened "
    "frozen-food hubs, while Central Europe added 5.2%.\n"
)


def test_and_why_after_a_which_part_is_answered_by_the_quote_that_states_the_members_move_and_its_cause():
    # Rule: "..., and why?" asks the cause of the move the part before asked about; the named member opening that
    # part's quote is its subject, not another member's
    ex = _near("Which region's composting volumes grew fastest in 2024, and why?", REGION_PAGE, COMPOST)
    assert len(ex.picks) == 2 and all(p is not None for p in ex.picks)
    assert "six new plants opened" in ex.picks[1].candidate.text
    ex = _near("Which region's cold-store capacity grew fastest in 2024, and why?", REGION_PAGE_2, COLD)
    assert len(ex.picks) == 2 and all(p is not None for p in ex.picks)


HELIUM_LIKE = (
    "3. Prices\n"
    "The average contract price of lithium carbonate fell to US$11,200 per tonne in 2024 from US$24,500 in 2023, as "
    "Chile's Salar del Norte mines raised their output and Australian spodumene plants ran at full rates.\n"
)

POWER_LIKE = (
    "Power prices\n"
    "The Harrowmoor wind farm sold its output for an average of EUR 61 per MWh in 2024, down from EUR 83 in 2023, as "
    "the Harrowmoor turbines ran at full rates for most of the year.\n"
)


def test_a_price_never_answers_how_much_of_a_thing_was_produced():
    # Rule: "how much <thing> did <subject> produce / generate" asks a quantity of the thing; a sentence whose every
    # figure is money (a price) does not answer it, even when it names the subject in its cause
    ex = _near("How much lithium did Chile's Salar del Norte mines produce in 2024?", HELIUM_LIKE, COLD)
    assert all(p is None for p in ex.picks)
    ex = _near("How much electricity did the Harrowmoor wind farm generate in 2024?", POWER_LIKE, WIND)
    assert all(p is None for p in ex.picks)
    # a quantity stated still answers
    ex = _near("How much electricity did the Harrowmoor wind farm generate in 2024?",
               "Output\nThe Harrowmoor wind farm generated 412 GWh in 2024, against 398 GWh in 2023.\n", WIND)
    assert ex.picks[0] is not None and "412 GWh" in ex.picks[0].candidate.text


OTHER_WAY_PAGE = (
    "Summary\n"
    "Subscriptions to meal-kit services in Iberia rose 14% in 2024, to 2.2 million, from 1.9 million in 2023.\n"
    "\n"
    "In the first quarter subscriptions still fell, by 3%, as two couriers left.\n"
    "\n"
    "Subscriptions rose for two reasons:\n"
    "- prices: the largest services cut the price of a weekly box by a fifth;\n"
    "- supermarkets: two grocers began selling the kits in their stores.\n"
)


def test_a_change_read_with_the_sentences_after_it_explains_no_move_the_other_way():
    # Rule: a change followed by sentences read as its explanation (form "effect") answers only a why-question about a
    # move its own way: a rise and what follows it never answer why something fell, whatever place they name
    for question, page, meta in (
            ("Why did cold-chain warehouse rents in Spain fall in 2024?",
             "Summary\nRents for cold-chain warehouse space rose 7.4% in 2024, to EUR 118 per square metre, against EUR "
             "110 in 2023. Landlords in Spain also cut incentives. Tenants in Spain also signed longer leases. Finally, "
             "vacancy stayed low.\n", COLD),
            ("Why did municipal composting volumes in Denmark decline in 2024?",
             "Summary\nMunicipal composting volumes rose 11% in 2024, to 2.6 million tonnes, against 2.3 million tonnes "
             "in 2023. Plants in Denmark also changed their gate fees. Councils in Denmark also merged their contracts. "
             "Finally, compost prices held up.\n", COMPOST)):  # fmt: skip
        ex = _near(question, page, meta)
        assert all(p is None or p.candidate.form != "effect" for p in ex.picks)


def _check_other_way():
    # Rule: the sentence shown as the change a reasons lead-in explains never states a move the other way ("fall" for
    # a rise asked); it is passed over, and without one that moves the asked way the list is shown alone
    ex = _near("Why did meal-kit subscriptions rise in 2024?", OTHER_WAY_PAGE, COLD)
    shown = [ex.picks[0].candidate.text, *(s.candidate.text for s in ex.others[0])] if ex.picks[0] is not None else []
    assert shown and not any("fell" in t for t in shown)
    assert any(t.startswith("Subscriptions rose for two reasons") for t in shown)
