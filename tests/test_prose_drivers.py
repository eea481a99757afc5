"""What drove a stated change, quoted whole (``assistant/answer/prose_drivers.py``). Every page below is written for
these tests in the style of a 10-K's MD&A; the companies are fictional."""

from __future__ import annotations

from one_page import NearEmbedder, ask_one_page

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_causes as causes
from assistant.answer import prose_drivers as drivers
from assistant.text.sentences import sentence_spans
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="nw25", doc="NORTHWIND_2025_10K", source="/tmp/northwind_2025_10k.pdf",
               title="Northwind Properties 2025 Form 10-K", company="Northwind Properties", doc_type="10-K",
               fiscal_year=2025, period="FY2025")  # fmt: skip

MDA = """Results of Operations
Rental revenue rose $96.4 million, or 11.8%, to $913.0 million in 2025, compared with $816.6 million in 2024. The
increase was driven by $58.2 million from properties acquired in 2024 and 2025, $29.9 million from developments
placed in service and $12.5 million from higher rents at same-store properties, partly offset by $4.2 million from
properties sold.
Same-store occupancy was 95.4% at December 31, 2025, up from 93.9% a year earlier. The increase reflects leases
signed with two logistics tenants at our Harbor Point park, fewer move-outs at renewal and the return of a
redeveloped building to service.
Income taxes
Our effective income tax rate was 17.6% for 2025 and 21.3% for 2024. The rate for 2025 was lower than the rate for
2024 primarily due to the release of a valuation allowance on state net operating losses and higher low-income
housing tax credits.
Operating ratio
Our operating ratio was 91.8% in 2025, compared with 88.7% in 2024. The deterioration of the operating ratio came
mainly from the Parking segment. Lower monthly permit sales and the closure of two garages for repairs reduced
revenue faster than we could reduce costs; insurance premiums rose sharply; and utility costs climbed. Lower
staffing costs partly offset these factors.
Gross margin on services
Services gross margin was 34.2% in 2025, compared with 32.9% in 2024. The improvement came from a richer mix of
maintenance contracts and lower subcontractor costs. These benefits were partly offset by higher wage rates for
field technicians.
General and administrative expense increased 4.1% to $61.3 million.
"""


def _ask(question: str, page: str = MDA) -> X.Extraction:
    c = Chunk(chunk_id="nw25:1", doc_id=META.doc_id, doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


def _quote(ex: X.Extraction, part: int) -> str:
    pick = ex.picks[part]
    return "" if pick is None else pick.candidate.text


# ----------------------------------------------------------------------------------------- a reason part's measure


def test_a_reason_part_naming_its_effect_by_a_pronoun_takes_the_part_before():
    assert drivers.effect_of_part("What was Northwind's same-store occupancy at the end of 2025",
                                  "why did it go up") == "Why did Northwind's same-store occupancy change?"  # fmt: skip
    assert "effective income tax rate" in drivers.effect_of_part(
        "How much did Northwind's effective income tax rate change between 2024 and 2025", "what drove the change")
    # a part naming its own effect keeps it
    assert drivers.effect_of_part("What was Northwind's rental revenue in 2025", "why did its gross margin fall") == ""


def test_and_why_did_it_go_up_is_answered_by_the_explanation_of_that_measure_not_another():
    ex = _ask("What was Northwind's same-store occupancy at the end of 2025, and why did it go up?")
    assert "95.4%" in _quote(ex, 0)
    assert "Harbor Point" in _quote(ex, 1)  # not "The increase was driven by $58.2 million ..." (rental revenue's)


# ----------------------------------------------------------------------------------------- the sentence after the figure


def test_the_sentence_after_the_figure_answers_what_drove_the_change():
    ex = _ask("How much did Northwind's effective income tax rate change between 2024 and 2025, and what drove the change?")
    assert "17.6%" in _quote(ex, 0)
    assert _quote(ex, 1).startswith("The rate for 2025 was lower")
    assert "low-income housing tax credits" in _quote(ex, 1)


TAX_PAGE = """Income taxes
Our effective income tax rate was 17.6% for 2025 and 21.3% for 2024. The rate for 2025 was lower than the rate for
2024 primarily due to the release of a valuation allowance on state net operating losses.
Changes in tax laws could change our effective income tax rate between periods, due to the timing of the
enactment of new legislation, and the change could be material.
"""


def test_the_sentence_right_after_the_figure_wins_over_a_sentence_repeating_the_question():
    ex = _ask("How much did Northwind's effective income tax rate change between 2024 and 2025, and what drove the change?",
              TAX_PAGE)  # fmt: skip
    assert _quote(ex, 1).startswith("The rate for 2025 was lower")


def test_explanation_after_needs_an_anaphor_and_a_cause():
    page = ("Rental revenue rose 11.8% to $913.0 million. The increase reflects acquisitions. Parking revenue fell 3% "
            "because of garage closures.")  # fmt: skip
    spans = sentence_spans(page, split_lines=False)
    first_end = spans[0][1]
    assert drivers.explanation_after(page, spans, first_end) == spans[1]
    assert drivers.explanation_after(page, spans, spans[1][1]) is None  # names its own measure: not an anaphor


# ----------------------------------------------------------------------------------------- an anaphor is the change before


def test_an_anaphoric_effect_is_the_change_the_sentence_before_states():
    sentence = "The improvement came from a richer mix of maintenance contracts."
    before = "Services gross margin was 34.2% in 2025, compared with 32.9% in 2024."
    assert "gross margin" in causes.effect_clause(sentence, sentence.index("came from"), before)
    assert causes.explains_asked("Why did Northwind's services gross margin improve?", sentence,
                                 sentence.index("came from"), before)  # fmt: skip


def test_why_did_the_margin_improve_is_answered_with_the_offsets_that_go_on_with_it():
    ex = _ask("What drove the improvement in Northwind's services gross margin in 2025?")
    quote = _quote(ex, 0)
    assert quote.startswith("The improvement came from a richer mix")
    assert "partly offset by higher wage rates" in quote  # the whole explanation, not its first sentence only


def test_deteriorate_is_a_move_and_every_cause_after_the_segment_is_quoted():
    head, _ = causes.asked_effect("Why did Northwind's operating ratio deteriorate in 2025?")
    assert head == "ratio"
    ex = _ask("Why did Northwind's operating ratio deteriorate in 2025?")
    assert _quote(ex, 0) == "Our operating ratio was 91.8% in 2025, compared with 88.7% in 2024."  # the change explained
    quote = ex.others[0][0].candidate.text
    assert quote.startswith("The deterioration of the operating ratio came mainly from the Parking segment.")
    assert "insurance premiums rose sharply" in quote and "partly offset these factors" in quote
    assert "General and administrative" not in quote


def test_continuation_stops_at_a_heading_or_another_items_figure():
    spans = sentence_spans(MDA, split_lines=False)
    start = MDA.index("The\nincrease was driven by")
    end = next(b for a, b in spans if a == start)
    assert drivers.continuation(MDA, spans, end, anaphoric=True) == end  # "Same-store occupancy was 95.4% ..." is not it


# ----------------------------------------------------------------------------------------- another item is not the asked one


def test_another_qualified_item_is_not_the_asked_one():
    q = "Why was Northwind's parking revenue lower in 2025?"
    assert drivers.other_item(q, "Rental revenue rose $96.4 million")
    assert not drivers.other_item(q, "Parking revenue fell 3%")
    assert not drivers.other_item(q, "Total revenue fell")
    assert not drivers.other_item("Why did revenue fall?", "Rental revenue fell")  # no qualifier asked


def test_a_reason_for_another_revenue_line_is_no_answer():
    ex = _ask("Why was Northwind's parking revenue lower in 2025?")
    assert ex.picks[0] is None or "parking" in _quote(ex, 0).lower()
    assert "$58.2 million" not in _quote(ex, 0)


def test_one_page_hash_embedder_answers_the_tax_rate_drivers():
    ex = ask_one_page("How much did Northwind's effective income tax rate change between 2024 and 2025, and what drove "
                      "the change?", MDA, META)  # fmt: skip
    assert "valuation allowance" in _quote(ex, 1)


def test_the_sentence_a_reason_refers_back_to_is_not_quoted_twice():
    ex = _ask("What was Northwind's same-store occupancy at the end of 2025, and why did it go up?")
    text, _, _ = R.render(ex, lambda d, p: MDA)
    assert text.count("95.4%") == 1 and "Harbor Point" in text


REIT = """Comparison of the Years Ended December 31, 2025 and 2024
Rental revenue. Rental revenue increased $104.6 million, or 12.9%, to $915.4 million for 2025. Properties acquired
in 2024 and 2025 contributed $61.0 million, developments placed in service contributed $33.5 million and same-store
properties contributed $14.9 million, partially offset by a decrease of $4.8 million from properties sold.
Other property revenue. Other property revenue decreased $2.6 million to $15.1 million, because the prior year
included a $3.2 million lease termination fee from a departing tenant.
Net cash provided by operating activities was $598.3 million in 2025, compared with $522.0 million in 2024. The
increase was primarily due to the contribution of acquired and developed properties, partly offset by higher
interest paid.
"""


def test_contributions_after_a_change_are_its_explanation_and_both_are_quoted():
    assert drivers.contributions("Acquisitions contributed $61.0 million and developments contributed $33.5 million") == 2
    ex = _ask("What drove the change in Northwind's rental revenue in 2025?", REIT)
    quote = _quote(ex, 0)
    assert quote.startswith("Rental revenue increased $104.6 million")
    assert "contributed $33.5 million" in quote and "a decrease of $4.8 million from properties sold" in quote
    assert "Other property revenue" not in quote


def test_a_change_the_page_does_not_state_gets_no_contributions():
    ex = _ask("What drove the change in Northwind's parking revenue in 2025?", REIT)
    assert ex.picks[0] is None


def test_operating_cash_flow_is_the_filers_cash_provided_by_operating_activities():
    ex = _ask("What explains the increase in Northwind's operating cash flow in 2025?", REIT)
    assert "contribution of acquired and developed properties" in _quote(ex, 0)


FY_PAGE = """Revenue
Subscription revenue increased 14% to $611.2 million, led by new customers in Europe.
Implementation services revenue decreased by $6.1 million, or 4%, to $146.0 million, because we continued to hand
implementation projects to certified partners and because fewer large upgrades were under way than in fiscal 2025.
In fiscal 2025, services revenue fell because two large projects ended early.
"""

FY_META = DocMeta(doc_id="nw26", doc="NORTHWIND_FY2026_10K", source="/tmp/northwind_fy2026_10k.pdf",
                  title="Northwind Software FY2026 Form 10-K", company="Northwind Software", doc_type="10-K",
                  fiscal_year=2026, period="FY2026")  # fmt: skip


def test_a_year_named_only_as_the_base_of_the_change_does_not_make_it_that_years_reason():
    assert drivers.base_years("fewer large upgrades were under way than in fiscal 2025") == {2025}
    assert drivers.base_years("In fiscal 2025, services revenue fell because two projects ended early.") == frozenset()
    c = Chunk(chunk_id="nw26:1", doc_id=FY_META.doc_id, doc=FY_META.doc, source=FY_META.source, page=1, page_end=1,
              start=0, end=len(FY_PAGE), text=FY_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("Why did Northwind's implementation services revenue shrink in fiscal 2026?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=FY_META)], NearEmbedder(), page_text=lambda d, p: FY_PAGE)
    assert _quote(ex, 0).startswith("Implementation services revenue decreased by $6.1 million")


ARTICLE = """Heat pump installers in 2025
Installer numbers have grown faster than orders for heat pumps in both countries in 2025, which is why the average
installer's order book shrank. French orders rose only about 4% in 2025 to roughly 410,000, while Italian orders
fell by 9% after Italy cut its renovation bonus. The ratio of installers to orders in the two countries is
nonetheless still far above the level in Sweden.
"""


def test_which_is_why_puts_the_effect_after_the_marker_and_the_cause_is_followed_into_its_details():
    sentence = ("Installer numbers have grown faster than orders for heat pumps, which is why the average installer's "
                "order book shrank.")  # fmt: skip
    at = sentence.index("which is why")
    assert causes.effect_after(sentence, at)
    assert causes.effect_clause(sentence, at) == "the average installer's order book shrank."
    meta = DocMeta(doc_id="hp25", doc="heat_pump_installers_2025", source="/tmp/hp.md",
                   title="Heat pump installers in 2025", company=None, doc_type="report", fiscal_year=2025)  # fmt: skip
    c = Chunk(chunk_id="hp25:1", doc_id="hp25", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(ARTICLE), text=ARTICLE, ordinal=1)  # fmt: skip
    ex = X.extract("Why did the average installer's order book shrink in 2025?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)],
                   NearEmbedder(), page_text=lambda d, p: ARTICLE)  # fmt: skip
    quote = _quote(ex, 0)
    assert quote.startswith("Installer numbers have grown faster than orders")
    assert "French orders rose only about 4%" in quote  # it goes on about the orders the cause names
    assert "ratio of installers" not in quote


def test_contributions_to_another_years_change_are_not_the_asked_years_reason():
    page = REIT.replace("to $915.4 million for 2025", "to $915.4 million for 2024").replace("acquired\nin 2024 and 2025",
                                                                                           "acquired\nin 2023 and 2024")
    ex = _ask("What drove the change in Northwind's rental revenue in 2025?", page)
    assert "$61.0 million" not in _quote(ex, 0)


DRONES = """Cargo drones in 2025

## 1. Summary

Operators flew about 41,000 commercial cargo-drone hours in 2025, after 47,000 in 2024. It was the first year of
decline, but a small one: hours stayed above 40,000 for the third year running.

The downturn had two main causes. Hospitals, the largest customers, cut courier flights as budgets tightened in
2024. And two operators in Norway paused their routes while regulators reviewed noise rules. Higher insurance costs
also weighed on smaller operators.

## 2. Operators
"""


def test_a_count_of_causes_after_a_change_explains_that_change():
    assert drivers.cause_list_lead("The downturn had two main causes.")
    assert not drivers.cause_list_lead("Operators name two main causes.")  # names no change by an anaphor
    meta = DocMeta(doc_id="cd25", doc="cargo_drones_2025", source="/tmp/cd.md", title="Cargo drones in 2025",
                   company=None, doc_type="report", fiscal_year=2025)  # fmt: skip
    c = Chunk(chunk_id="cd25:1", doc_id="cd25", doc=meta.doc, source=meta.source, page=1, page_end=1, start=0,
              end=len(DRONES), text=DRONES, ordinal=1)  # fmt: skip
    ex = X.extract("Why did cargo-drone flight hours fall in 2025?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)],
                   NearEmbedder(), page_text=lambda d, p: DRONES)  # fmt: skip
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.text == "The downturn had two main causes."
    assert any("Hospitals" in it for it in pick.candidate.items)


MIX = """Revenue mix
Subscriptions accounted for 64% of Northwind's revenue in 2025, up from 58% in 2024. The increase reflects the move
of our largest customers to multi-year plans, price rises on the Pro tier and the end of perpetual licence sales.
Professional services revenue fell 6% to $88.0 million.
"""


def test_why_did_that_share_go_up_is_the_sentence_after_the_share():
    ex = _ask("What share of Northwind's revenue came from subscriptions in 2025, and why did that share go up?", MIX)
    assert "64%" in _quote(ex, 0)
    assert _quote(ex, 1).startswith("The increase reflects the move of our largest customers to multi-year plans")


PACKAGING = """4. Regions
Mexico is the fastest-growing region in our forecast, although from a low base: its share of final assembly should
rise from 2% to 6% by 2028. Three things are behind the increase. First, new tariffs make assembly in Asia dearer for
US buyers. Second, the two largest US carmakers want suppliers within a day's drive of their plants. Third, state
governments in the north offer tax holidays for new plants.
"""


def test_three_things_are_behind_the_increase_explains_the_expected_rise_before_it():
    assert drivers.cause_list_lead("Three things are behind the increase.")
    assert causes.asked_effect("What is behind the expected rise in Mexico's share of final assembly?")[0] == "share"
    meta = DocMeta(doc_id="fa25", doc="final_assembly_2025", source="/tmp/fa.pdf", title="Final assembly in North America",
                   company=None, doc_type="report", fiscal_year=2025)  # fmt: skip
    c = Chunk(chunk_id="fa25:4", doc_id="fa25", doc=meta.doc, source=meta.source, page=4, page_end=4, start=0,
              end=len(PACKAGING), text=PACKAGING, ordinal=4)  # fmt: skip
    ex = X.extract("What is behind the expected rise in Mexico's share of final assembly?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(), page_text=lambda d, p: PACKAGING)
    # the rise itself, with its figures, leads the list of its causes (``reason_leads``)
    pick = ex.picks[0]
    assert pick is not None and pick.candidate.text.startswith("Mexico is the fastest-growing region")
    listed = ex.others[0][0].candidate
    assert listed.text == "Three things are behind the increase."
    assert len(listed.items) == 3


def test_a_verb_before_the_head_is_no_qualifier():
    q = "Why are US hospitals buying drones, according to surveys?"
    assert not drivers.other_item(q, "In the United States, clinics bought fewer drones for a second year")
    assert drivers.other_item("Why was Northwind's parking revenue lower in 2025?", "Rental revenue rose 4%")


RATIO = """Operating ratio
Our operating ratio was 91.8% in 2025, compared with 88.7% in 2024. We also report an adjusted operating ratio, a
non-GAAP measure that excludes fuel surcharge revenue; it was 90.9% in 2025 and 87.2% in 2024.
The deterioration of the operating ratio came mainly from the Parking segment. Lower monthly permit sales reduced
revenue faster than we could reduce costs. Lower staffing costs partly offset these factors.
"""


def test_a_reason_stating_no_figure_is_shown_after_the_change_it_explains_not_the_adjusted_one():
    ex = _ask("Why did Northwind's operating ratio deteriorate in 2025?", RATIO)
    assert _quote(ex, 0) == "Our operating ratio was 91.8% in 2025, compared with 88.7% in 2024."
    assert ex.others[0] and ex.others[0][0].candidate.text.startswith("The deterioration of the operating ratio")
    text, _, _ = R.render(ex, lambda d, p: RATIO)
    assert "91.8%" in text and "Lower staffing costs partly offset" in text and "90.9%" not in text


def test_another_items_change_after_an_explanation_is_not_part_of_it():
    page = ("Company restaurant sales decreased $41.2 million, or 8.0%, to $473.9 million. The decrease was due to "
            "refranchising, partially offset by a 1.9% increase in same-restaurant sales. Franchise royalties and fees "
            "increased $9.4 million, or 7.7%, to $131.5 million, partially offset by lower initial fees.\n")  # fmt: skip
    spans = sentence_spans(page, split_lines=False)
    end = spans[1][1]
    assert drivers.continuation(page, spans, end, anaphoric=True) == end


TENQ = """Liquidity
Net cash used in operating activities was $12.4 million for the six months ended September 30, 2025, compared with
net cash provided of $5.1 million in the prior-year period. The swing reflects lower collaboration receipts and higher
inventory purchases ahead of the European launch.
"""


TENQ_META = DocMeta(doc_id="nwq2", doc="NORTHWIND_10Q_Q2FY2026", source="/tmp/northwind_10q.html",
                    title="Northwind Therapeutics Quarterly Report on Form 10-Q for the quarter ended September 30, 2025",
                    company="Northwind Therapeutics", doc_type="10-Q", fiscal_year=2026, period="Q2 2026")  # fmt: skip


def test_the_swing_in_operating_cash_flow_is_explained_with_the_cash_flow_sentence_shown_first():
    c = Chunk(chunk_id="nwq2:1", doc_id="nwq2", doc=TENQ_META.doc, source=TENQ_META.source, page=1, page_end=1, start=0,
              end=len(TENQ), text=TENQ, ordinal=1)  # fmt: skip
    ex = X.extract("What explains the swing in Northwind's operating cash flow in the first half of fiscal 2026?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=TENQ_META)], NearEmbedder(), page_text=lambda d, p: TENQ)
    assert _quote(ex, 0).startswith("Net cash used in operating activities was $12.4 million")
    assert ex.others[0] and ex.others[0][0].candidate.text.startswith("The swing reflects lower collaboration receipts")


def test_a_revision_named_back_by_its_noun_leads_the_list_of_its_causes():
    # "The cut", "The revision", "The downgrade" name back a forecast's change: a counted lead-in ending in a colon
    # right after the forecast's sentence explains it
    for lead in ("The cut has two causes:", "The revision has three causes:", "The downgrade rests on two factors:"):
        page = (f"Outlook\n\nWe now expect 58,200 boat deliveries in 2026, less than the 60,000 we forecast in October. "
                f"{lead}\n\nduties on imported outboard engines;\n\ndealers still carrying last season's stock.\n")
        spans = sentence_spans(page, split_lines=False)
        end = page.index("October.") + len("October.")
        found = drivers.explanation_after(page, spans, end)
        assert found is not None and page[found[0] : found[1]].strip() == lead, lead
    # a lead-in counting no causes is no explanation
    page = ("Outlook\n\nWe now expect 58,200 boat deliveries in 2026, less than the 60,000 we forecast in October. "
            "The cut affects these regions:\n\nthe north;\n\nthe coast.\n")
    assert drivers.explanation_after(page, sentence_spans(page, split_lines=False),
                                     page.index("October.") + len("October.")) is None


# Session 31 (#11, report prose): a possessive naming the asked place is the asked item's scope. Written for this test
# (a fictional note on industrial solvents).
SOLVENTS = DocMeta(doc_id="dsolv", doc="solvents_2025", source="/r/solvents_2025.pdf",
                   title="Industrial Solvents: Volumes, Prices and Producers, 2023-2024")  # fmt: skip
SOLVENTS_PAGE = (
    "2. Regions\n"
    "Asia grew 4.2% to USD 11.8 billion, helped by new paint and coatings plants in Vietnam and India. "
    "Africa's sales fell 3.4% to USD 2.1 billion: tonnage fell about 6% as two large refineries in Nigeria stayed shut "
    "for repairs, and a weaker naira cut the dollar value of local sales further. "
    "Latin America was flat at USD 3.0 billion.\n"
)


def test_a_possessive_naming_the_asked_place_is_the_asked_items_scope():
    # Rule: "Africa's sales" for "solvent sales in Africa" names the asked place before the head, not another item
    # ("Paint sales", "Freight revenue" still are other items; a filing's lines keep their own rule)
    q = "Why did solvent sales in Africa fall in 2024?"
    assert not drivers.other_item(q, "Africa's sales fell 3.4% to USD 2.1 billion: tonnage fell about 6%")
    assert drivers.other_item(q, "Paint sales fell 3.4%")
    assert drivers.other_item("Why did ferry ticket revenue fall?", "Freight revenue fell 2%")
    assert drivers.other_item("Why did ferry ticket revenue fall?", "Freight revenue fell 2%", True)


def test_a_regions_move_explained_after_a_colon_answers_why_that_regions_sales_fell():
    c = Chunk(chunk_id="dsolv:1", doc_id="dsolv", doc=SOLVENTS.doc, source=SOLVENTS.source, page=1, page_end=1,
              start=0, end=len(SOLVENTS_PAGE), text=SOLVENTS_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("Why did solvent sales in Africa fall in 2024?", [Hit(chunk=c, score=1.0, rank=0, meta=SOLVENTS)],
                   NearEmbedder(), page_text=lambda d, p: SOLVENTS_PAGE)  # fmt: skip
    pick = ex.picks[0]
    assert pick is not None
    assert pick.candidate.text.startswith("Africa's sales fell 3.4%")
    assert "refineries in Nigeria" in pick.candidate.text


# Session 33 (#11): a base goes on over a run of earlier figures. Sentences written for this test (fictional notes on
# heating oil, ferry tickets and e-bikes).
OIL = DocMeta(doc_id="doil", doc="heating_oil_2026", source="/r/heating_oil_2026.pdf",
              title="Heating Oil in the Alpine Countries, 2023-2028")  # fmt: skip
OIL_PAGE = (
    "1. Summary\n"
    "Distributors in the Alpine countries delivered 4,120 million litres of heating oil in 2025, 6.1% fewer than in "
    "2024, as more homes switched to heat pumps. The money went the other way: distributors' sales rose 1.8% to EUR "
    "5.07 billion, from EUR 4.98 billion, so a litre sold for about EUR 1.23 on average, against EUR 1.14 in 2024 and "
    "EUR 1.09 in 2023.\n"
)


def test_a_run_of_earlier_figures_after_a_base_is_all_base():
    for sentence, years in (
            ("so a litre sold for about EUR 1.23 on average, against EUR 1.14 in 2024 and EUR 1.09 in 2023.", {2024, 2023}),
            ("Crossings fell to 2.1 million, compared with 2.3 million in 2024, 2.4 million in 2023 and 2.6 million in "
             "2022.", {2024, 2023, 2022}),
            ("Its share rose to 31%, up from 29% in 2024 and 27% in 2023.", {2024, 2023}),
            # a later year after the base is no run back in time: the 2026 figure is the sentence's own
            ("The fleet reached 410 ships, against 395 in 2024 and a planned 430 ships in 2026.", {2024})):  # fmt: skip
        assert drivers.base_years(sentence) == years, sentence


def test_a_figure_whose_sentence_dates_only_its_earlier_bases_is_the_paragraphs_year():
    # the 2025 sales and price are stated in a sentence whose only years are the run of earlier figures it compares with
    for question, figure in (("What were distributors' sales of heating oil in the Alpine countries in 2025?", "5.07"),
                             ("How much did Alpine heating oil distributors sell in 2025 by value?", "5.07")):
        ex = ask_one_page(question, OIL_PAGE, OIL)
        assert ex.picks[0] is not None and figure in ex.picks[0].candidate.text, (question, ex.picks[0])
