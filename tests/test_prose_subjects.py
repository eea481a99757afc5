"""Whose figure a quote gives (``assistant/answer/prose_subjects.py`` and the gates of ``extract`` that read it).

Every page below is written for these tests in the style of an industry report (an aviation-finance brief and a
heat-network note); the lessors, carriers and the advisory are fictional."""

from __future__ import annotations

import pytest

from one_page import NearEmbedder, ask_near, part_figures

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as XS
from assistant.answer import gates as G
from assistant.answer import shown as W
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import prose_subjects as S
from assistant.answer.prose_subjects import company_worded_part, rank_held_by_another, says_part
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="tsa25", doc="regional_jets_2025", source="/tmp/regional_jets_2025.md",
               title="Regional Jet Leasing: Fleet, Lessors and Lease Rates", doc_type="report", fiscal_year=2025,
               period="FY2025")  # fmt: skip

FLEET = """# Regional Jet Leasing: Fleet, Lessors and Lease Rates

Tailspin Advisors | Aviation Finance Practice
Date: 12 March 2026

## 1. Fleet and orderbook

The in-service regional jet fleet grew by 3.2% in 2025 to 4,860 aircraft, and the orderbook reached 1,240 aircraft,
equal to 26% of the fleet in service.

| Seat class | Fleet | Orderbook | % of fleet |
|---|---|---|---|
| Under 70 seats | 1,610 | 150 | 9 |
| 70-99 seats | 2,020 | 540 | 27 |
| 100 seats and over | 1,230 | 550 | 45 |
| Total | 4,860 | 1,240 | 26 |

## 2. Lessors

Consolidation among lessors continued. Aerowane, which became the largest lessor after buying Skybridge in 2023,
added 38 aircraft during 2025 and ended the year with 14.6% of the leased regional fleet.

## 3. Lease rates

The median monthly lease rate of a passenger jet was $151,000 in 2025, up from $142,000 in 2024, as airlines
competed for the few aircraft coming off lease.
"""

PORTS = """# Regional Jet Deliveries by Region

## 4. Deliveries by region

| Region | 2024 | 2025 | Change (%) |
|---|---|---|---|
| North America | 210 | 198 | -5.7 |
| Europe | 96 | 104 | 8.3 |
| Asia-Pacific | 120 | 141 | 17.5 |
| Total | 426 | 443 | 4.0 |

Regional jet deliveries, aircraft. 2025 figures are partly estimated.

Asia-Pacific grew fastest, helped by new domestic routes in Indonesia and by fleet renewal at Chinese carriers.
North America fell back as two large operators deferred orders to 2027.

## 5. Why lessors are cautious

In our survey, lessors gave three reasons for the slowdown in new leases:

- **Engine shortages.** Spare engines are scarce and keep aircraft on the ground.
- **Higher funding costs.** Secured debt now costs lessors about 7%, against 4% in 2021.
- **Weak residual values.** Older types are worth less at the end of a lease.

Brazil and Mexico, where most regional jets are flown on thin domestic routes rather than as feeders, fell less
steeply.
"""


TABLE = """5. Deliveries by region

Deliveries held up better than orders, above all in Asia.

Table 4. Regional jet deliveries by region
(aircraft)
Region 2024 2025 Change (%)
North America 210 198 -5.7
Europe 96 104 8.3
Latin America 31 38 22.6
Asia-Pacific 120 141 17.5
Total 426 443 4.0
2025 figures are partly estimated from January-November delivery records.
"""


def _ask(question: str, page: str = FLEET) -> X.Extraction:
    c = Chunk(chunk_id=f"{META.doc_id}:1", doc_id=META.doc_id, doc=META.doc, source=META.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], NearEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


def _quotes(ex: X.Extraction) -> list[str]:
    return [p.candidate.text for p in ex.picks if p is not None] + [o.candidate.text for part in ex.others for o in part]


# ---------------------------------------------------------------------------------- a class bounded by a number


def test_a_class_bounded_by_a_number_is_read_from_the_question():
    assert S.bound_class("For the largest jets, 100 seats and over, how big is the orderbook against the fleet?") == ("100",)
    assert S.bound_class("What share of revenue came from contracts over $5 million?") == ("5",)
    assert S.bound_class("How many lessors with more than 50 aircraft are there?") == ("50",)
    assert S.bound_class("What share of the fleet are jets of 70-99 seats?") == ("70",)


def test_a_threshold_of_a_change_or_a_percentage_is_no_class():
    assert S.bound_class("Did deliveries grow by more than 10% in 2025?") == ()
    assert S.bound_class("How many aircraft were delivered in 2025?") == ()
    assert S.bound_class("Was revenue above 2024's level?") == ()


def test_a_quote_carries_the_bound_only_when_it_states_that_figure():
    assert S.carries_bound(("100",), "100 seats and over: 1,230, 550, 45")
    assert not S.carries_bound(("100",), "The orderbook reached 1,240 aircraft, equal to 26% of the fleet in service.")


def test_the_whole_fleets_ratio_never_answers_for_a_class_bounded_by_a_number():
    ex = _ask("For the largest jets, 100 seats and over, how large is the orderbook as a percentage of the fleet in "
              "that class?")  # fmt: skip
    assert all("26% of the fleet in service" not in q for q in _quotes(ex))


# ------------------------------------------------------------------------------------------------- the whole asked


def test_a_member_row_is_no_answer_for_the_whole():
    q = "How many regional jets were delivered worldwide in 2025?"
    assert S.asks_whole(q)
    assert S.member_row(q, "Asia-Pacific")
    assert not S.member_row(q, "Total")
    assert not S.member_row("How many regional jets were delivered in Europe in 2025?", "Europe")


def test_the_worlds_total_asked_is_answered_by_the_total_row_not_a_region():
    for page in (PORTS, TABLE):
        ex = _ask("How many regional jets were delivered worldwide in 2025?", page)
        shown = _quotes(ex)
        assert shown and all(not q.startswith(("North America", "Europe", "Latin America", "Asia-Pacific")) for q in shown)


def test_a_pipe_tables_period_heads_beside_another_head_name_the_rows_columns():
    rows = [c for c in C.page_candidates(PORTS, doc_id=META.doc_id, doc=META.doc, page_no=1, meta=META) if c.kind == "row"]
    assert [r.text for r in rows][-1] == "Total: 2024 426, 2025 443, Change (%) 4.0"  # each pipe head names its cell
    assert all(r.years == {2024, 2025} for r in rows)


# -------------------------------------------------------------------------------------------------- a group asked


def test_a_group_asked_by_its_count():
    assert S.asked_group("What share of the leased fleet did the five largest lessors hold?") == 5
    assert S.asked_group("What share did the top three lessors hold together?") == 3
    assert S.asked_group("Which of the top three lessors grew fastest?") is None  # a member of the group
    assert S.asked_group("What share did Aerowane hold?") is None
    assert S.states_group(5, "Top five: 1,530, 54.2")
    assert S.states_group(3, "The three largest lessors together owned 41% of the fleet.")
    assert not S.states_group(5, "Aerowane ended the year with 14.6% of the leased regional fleet.")


def test_one_members_share_never_answers_for_a_group():
    ex = _ask("What proportion of the leased regional fleet did the five largest lessors control at the end of 2025?")
    assert all("14.6%" not in q for q in _quotes(ex))


# --------------------------------------------------------------------------------------- a contrasting qualifier


def test_another_member_of_a_contrast_is_another_subject():
    q = "What was the median monthly lease rate of a cargo jet in 2025?"
    assert S.contrasted(q, "The median monthly lease rate of a passenger jet was $151,000 in 2025")
    assert not S.contrasted(q, "The median monthly lease rate of a cargo jet was $118,000 in 2025")
    assert not S.contrasted(q, "Lease rates for passenger and cargo jets rose in 2025")
    assert not S.contrasted("What was the median monthly lease rate in 2025?", "of a passenger jet was $151,000")
    assert S.contrasted("What did commercial rooftop systems cost per watt?", "Residential systems cost $3.10 per watt.")


def _candidate(page: str, opening: str) -> C.Candidate:
    return next(c for c in C.page_candidates(page, doc_id=META.doc_id, doc=META.doc, page_no=1, meta=META)
                if c.text.startswith(opening))  # fmt: skip


def test_the_passenger_rate_never_answers_for_cargo_jets():
    q = "How much did a cargo jet lease for per month in 2025?"
    assert G.prescore(Q.read_question(q)[0], _candidate(FLEET, "The median monthly lease rate"), q) is None
    ex = _ask(q)
    assert all("$151,000" not in t for t in _quotes(ex))


# ------------------------------------------------------------- the winner's figure, a member's reason, a which-kind


def test_a_which_most_sentence_without_a_figure_takes_the_winners_row():
    q = "Which region's deliveries rose fastest in 2025?"
    cands = C.page_candidates(TABLE + "\n" + PORTS.split("## 5.")[0].split("|\n\n", 1)[1], doc_id=META.doc_id,
                              doc=META.doc, page_no=1, meta=META)  # fmt: skip
    winner = next(c for c in cands if c.text.startswith("Asia-Pacific grew fastest"))
    row = P._winner_row(Q.read_question(q)[0], winner, cands)
    assert row is not None and row.text.startswith(("Asia-Pacific 120 141 17.5", "Asia-Pacific: 2024 120, 2025 141, Change (%) 17.5"))
    # a sentence naming a member no row is labelled with takes none
    other = next(c for c in cands if c.text.startswith("North America fell back"))
    assert P._winner_row(Q.read_question(q)[0], other, cands) is not None  # "North America" is a row too
    assert P._winner_row(Q.read_question("Which airline grew fastest?")[0], winner, cands) is None  # the table is not on airlines


def test_a_members_change_does_not_explain_the_whole_markets():
    q = "What reasons do lessors give for the slowdown in new regional jet leases?"
    assert XS.type_score(Q.read_question(q)[0], _candidate(PORTS, "Brazil and Mexico"), q) == 0.0
    ex = _ask(q, PORTS)
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("In our survey, lessors gave three reasons")
    # a reason part whose subject is the part before's ("..., and what drove the increase?") is not held to it
    assert not XS._member_effect("what drove the increase", "Asia-Pacific grew fastest")


def test_a_financial_term_in_capitals_names_no_member():
    page = ("## Lessor economics\n\nThe listed lessors reported a combined adjusted EBITDA margin of 61%, while the best "
            "private lessors earned EBITDA margins of 70% to 75%, mainly by buying aircraft at the bottom of the cycle.\n")  # fmt: skip
    ex = _ask("Among the largest lessors, which one earned the highest lease yield in 2025?", page)
    assert ex.picks[0] is None or ex.picks[0].parts.get("type", 0) < 1.0


def test_per_share_asks_no_percentage():
    assert Q.read_question("What special dividend per share did Northwind pay in FY2023?")[0].unit != "percent"
    assert Q.read_question("What share of revenue came from Europe in 2025?")[0].unit == "percent"


def test_one_members_addition_is_not_the_industrys():
    page = ("## 3. Capacity\n\nHollis Packaging added 9,000 wafers per month of fan-out capacity in 2025, more than the "
            "rest of the industry combined, taking its own capacity from 11,000 to 20,000 wpm.\n")  # fmt: skip
    q = "How much fan-out capacity did the industry add during 2025?"
    assert G.prescore(Q.read_question(q, names={"hollis"})[0], _candidate(page, "Hollis Packaging"), q, names={"hollis"}) is None
    # the company itself asked: its sentence answers
    q2 = "How much fan-out capacity did Hollis Packaging add during 2025?"
    assert G.prescore(Q.read_question(q2, names={"hollis"})[0], _candidate(page, "Hollis Packaging"), q2,
                      names={"hollis"}) is not None  # fmt: skip


def test_a_group_narrowed_by_a_word_needs_that_word_for_any_figure_question():
    page = ("## Efficiency\n\nThe average annual PUE across the 840 sites in our 2025 survey was 1.49, compared with 1.52 "
            "in 2024.\n")  # fmt: skip
    q = "What average PUE did immersion-cooled sites achieve in 2025?"
    assert G.prescore(Q.read_question(q)[0], _candidate(page, "The average annual PUE"), q) is None
    q2 = "What average PUE did the sites in the survey achieve in 2025?"
    assert G.prescore(Q.read_question(q2)[0], _candidate(page, "The average annual PUE"), q2) is not None


def test_a_years_dividend_per_share_is_shown_before_the_quarterly_amount():
    page = ("## Dividends\n\nThe Board declared quarterly cash dividends of $0.31 per common share in each quarter of "
            "2025, or $1.24 per share for the year, compared with $0.29 per quarter, or $1.16, in 2024.\n")  # fmt: skip
    q = "What dividend per share did Northwind declare for 2025?"
    assert W.answer_figure(Q.read_question(q)[0], _candidate(page, "The Board declared")) == "$1.24"


def test_a_candidate_kept_for_its_meaning_is_second_to_one_saying_the_asked_words():
    soft = G.Scored(_candidate(FLEET, "Consolidation among lessors"), 0.70, {"soft": 1.0})
    firm = G.Scored(_candidate(FLEET, "The median monthly lease rate"), 0.60, {})
    low = G.Scored(_candidate(FLEET, "The in-service regional jet fleet"), 0.40, {})
    assert P._firm_first([soft, firm, low], 0.56) == [firm, soft, low]
    assert P._firm_first([soft, low], 0.56) == [soft, low]  # nothing firm passes: the paraphrase may answer
    assert P._firm_first([firm, soft], 0.56) == [firm, soft]


# ---------------------------------------------------------------------------- a member asked, never its group's figure

COLD = """# Cold Chain Capacity Review 2026

Harrow Research | Logistics Practice

## 3. Operators

Ownership of refrigerated warehousing is concentrated. The four largest operators - Frostline, Polaris Logistics,
Nordkyl and Arcticway - together run about 9,400 million cubic feet of space, or 31% of the world's refrigerated
capacity; Frostline alone accounts for about 2,600 million cubic feet, or 8.6%.
"""

BERTHS = """# Reefer Terminals 2026

## 2. Terminal operators

Around 38% of the region's reefer berths are operated by the three largest terminal groups, Harborline, Keelson and
Quaymark.
"""

AIR = """# Chilled Air Freight 2025

## 1. Carriers

Contoso Freight and Northwind Cargo together moved 41% of chilled air freight in 2025.
"""

AIR_EACH = """# Chilled Air Freight 2025

## 1. Carriers

Contoso Freight and Northwind Cargo each moved about 20% of chilled air freight in 2025.
"""


def _figures(ex: X.Extraction) -> list[str | None]:
    return [W.answer_figure(a, p.candidate) if p is not None else None for a, p in zip(ex.parts, ex.picks)]


def test_a_figure_is_a_groups_when_its_subject_lists_the_member():
    t = " ".join(COLD.split("## 3. Operators")[1].split())
    for fig in ("9,400", "31%"):
        assert S.group_owned("q", t, t.index(fig), {"frostline"})
        assert S.group_owned("q", t, t.index(fig), {"nordkyl"})
    for fig in ("2,600", "8.6%"):
        assert not S.group_owned("q", t, t.index(fig), {"frostline"})  # "Frostline alone accounts for ..."
    assert S.only_in_group("q", t, {"nordkyl"}) and not S.only_in_group("q", t, {"frostline"})
    b = " ".join(BERTHS.split("operators")[1].split())
    assert S.group_owned("q", b, b.index("38%"), {"keelson"})  # the group named after its figure
    e = " ".join(AIR_EACH.split("## 1. Carriers")[1].split())
    assert not S.group_owned("q", e, e.index("20%"), {"northwind", "cargo"})  # "each": every member's figure
    assert not S.only_in_group("What share did Contoso Freight and Northwind Cargo move together?",
                               " ".join(AIR.split()), {"contoso", "freight", "northwind", "cargo"})


def test_a_member_asked_gets_its_own_clauses_figures_not_the_groups():
    ex = _ask("How much refrigerated space does Frostline run, and what share of the world's capacity is that?", COLD)
    assert _figures(ex) == ["2,600 million cubic feet", "8.6%"]


def test_a_member_named_only_inside_a_group_gets_no_figure():
    assert not any(_quotes(_ask("What share of the world's refrigerated capacity does Nordkyl run?", COLD)))
    assert not any(_quotes(_ask("What percentage of the region's reefer berths does Keelson operate?", BERTHS)))
    assert not any(_quotes(_ask("What share of chilled air freight did Northwind Cargo move in 2025?", AIR)))


def test_the_group_asked_and_each_members_figure_still_answer():
    assert _figures(_ask("What share of the world's refrigerated capacity do the four largest operators run?", COLD)) == ["31%"]
    assert _figures(_ask("What share of chilled air freight did Northwind Cargo move in 2025?", AIR_EACH)) == ["20% (2025)"]


def test_a_title_the_question_names_is_no_group_of_members():
    q = "How much electricity did cold stores use worldwide in 2025, according to the CSA's Storage and AI outlook?"
    t = ("The CSA's Storage and AI outlook of March 2026 estimated that cold stores used around 96 TWh of electricity "
         "in 2025, about 0.3% of global electricity consumption.")
    (asked,) = Q.read_question(q)
    assert not S.group_owned(q, t, t.index("96"), asked.entities)
    assert not S.only_in_group(q, t, asked.entities)


def test_the_members_the_question_names_together_are_the_asked_group():
    q = "How much of the region's third-party cold storage capacity do Frostline and Nordkyl control?"
    t = ("The two listed operators, Frostline and Nordkyl, together control about 40% of third-party refrigerated "
         "capacity in the region, but the next eight providers together hold less than 20%.")
    for asked in ({"frostline"}, {"frostline", "nordkyl"}):  # the second name read as a name or not
        assert not S.group_owned(q, t, t.index("40%"), asked)
        assert not S.only_in_group(q, t, asked)


def test_a_word_of_the_filers_own_name_is_no_contrast():
    # session 28, rule: "International" in the registrant's name (its report's title) is no contrast with the
    # "domestic" employees a question asks; a quote naming overseas staff still is
    from assistant.answer import prose_subjects as PS
    from assistant.types import DocMeta
    from one_page import ask_company_page

    q = "How many domestic employees did Brightwater Marinas have at the end of 2031?"
    title = "Brightwater Marinas International Form 10-K 2031"
    said = "At December 31, 2031, we had about 6,200 domestic employees, most of them at our coastal marinas."
    assert PS.narrowed_elsewhere(q, said, around=title, own_names=("Brightwater Marinas International",)) == ""
    assert PS.narrowed_elsewhere(q, "We also had about 900 employees overseas.", around=title,
                                 own_names=("Brightwater Marinas International",)) != ""
    meta = DocMeta(doc_id="dbwm", doc="brightwater_10k_2031", source="/r/brightwater_10k_2031.pdf", title=title,
                   company="Brightwater Marinas International", doc_type="10-K", fiscal_year=2031)
    page = (f"Human Capital\n\n{said} Collective bargaining agreements covered about 2,400 of our employees at "
            "December 31, 2031.\n")
    ex = ask_company_page(f"{q.rstrip('?')}, and how many of its employees were covered by collective bargaining "
                          "agreements?", page, meta, "Brightwater Marinas", threshold=0.3)
    # the second part is the union sentence's, never the domestic headcount's (every quote was "international" before)
    assert ex.picks[1] is not None and "2,400" in ex.picks[1].candidate.text, ex.picks


# ---- a segment named with a word of its company's name (session 30) --------------------------------------------------
# The asked subject must be the answer's subject, and every part of a multi-part question is covered (session 30):
# a segment named with a word of its company's name, a thing asked with examples of it, a rank asked of one subject
# that a sentence gives to another, and the later part of a figure question asking a multiple or an amount of its own.
#
# Every filer, row, sentence and question below is fictional and written for these tests.

TIMBER = DocMeta(doc_id="brannock25", doc="BRANNOCK_2025_10K", source="BRANNOCK_2025_10K.pdf",
                 company="Brannock Timber", fiscal_year=2025, period="FY2025", doc_type="10-K",
                 extra={"period_end": "2025-12-31"})
TIMBER_NAMES = ("Brannock Timber", "Brannock Timber Inc.", "Brannock")
BALANCE = """BRANNOCK TIMBER INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
December 31, 2025 December 31, 2024
Cash and cash equivalents $ 84,310 $ 77,905
Timberlands, net 2,911,460 2,874,118
Total assets $ 4,212,775 $ 4,051,392
"""
OTHER_SEGMENT = ("Segment assets\n"
                 "Total assets of the Wood Products segment of Brannock Timber were $1,402.6 million at December 31, "
                 "2025 against $1,288.0 million twelve months before.\n")
OWN_SEGMENT = ("Segment assets\n"
               "Total assets of the Timber segment were $1,820.4 million at December 31, 2025 against $1,702.0 million "
               "twelve months before.\n")


def test_the_part_and_its_words_are_read():
    q = "What were the total assets of Brannock's Timber segment at December 31, 2025?"
    assert company_worded_part(q, TIMBER_NAMES) == ("timber",)
    # a part named with none of the company's words is left to the other rules
    assert company_worded_part("What were the total assets of Brannock's Wood Products segment in 2025?", TIMBER_NAMES) == ()
    assert not says_part(("timber",), "Assets of the Wood Products segment of rose to $1,402.6 million")
    assert says_part(("timber",), "Assets of the Timber segment rose to $1,820.4 million")


@pytest.mark.parametrize("page", [BALANCE, OTHER_SEGMENT])
def test_the_company_total_or_another_segment_is_no_answer_for_the_segment(page):
    ex = ask_near("What were the total assets of Brannock's Timber segment at December 31, 2025?", page, TIMBER,
                  TIMBER_NAMES)
    assert part_figures(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_the_segments_own_sentence_still_answers():
    ex = ask_near("What were the total assets of Brannock's Timber segment at December 31, 2025?", OWN_SEGMENT, TIMBER,
                  TIMBER_NAMES)
    assert ex.picks[0] is not None and "1,820.4" in ex.picks[0].candidate.text, part_figures(ex)


def test_the_company_total_still_answers_the_company():
    ex = ask_near("What were Brannock Timber's total assets at December 31, 2025?", BALANCE, TIMBER, TIMBER_NAMES)
    assert ex.picks[0] is not None and "4,212,775" in ex.picks[0].candidate.text, part_figures(ex)


# ---- a rank asked of one subject that a sentence gives to another (session 30) ---------------------------------------

CORK = DocMeta(doc_id="cork25", doc="cork_trade_2025", source="/r/cork_trade_2025.md", title="The Cork Trade in 2024")
CORK_PAGE = ("Exporters\n"
             "Spain's cork shipments grew by a tenth, Portugal had its best year by volume, and France remained the "
             "second-largest exporter by value in 2024.\n")


def test_the_rank_held_by_another_is_read():
    q = "Was Portugal the second-largest cork exporter by value in 2024?"
    assert rank_held_by_another(q, CORK_PAGE.splitlines()[1])
    assert not rank_held_by_another(q, "Portugal overtook France to become the second-largest exporter by value.")
    assert not rank_held_by_another(q, "Portugal was again the second-largest exporter by value in 2024.")
    assert not rank_held_by_another("Did Portugal's cork exports grow in 2024?", CORK_PAGE)


def test_a_rank_given_to_another_subject_says_no_yes():
    ex = ask_near("Was Portugal the second-largest cork exporter by value in 2024?", CORK_PAGE, CORK)
    assert "Yes" not in ex.verdicts, (ex.verdicts, [p.candidate.text for p in ex.picks if p])


# ---- a named segment with a word of its own, a figure asked (session 31) ----------------------------------------------
# Session 31 (#11): for a figure asked, any segment, division or business unit the question names is the quote's
# subject only where the quote says every word of its name: the company's "Total assets" row is never a segment's.
# Every filer, row, sentence and question below is fictional and written for these tests.

ORCHARD = DocMeta(doc_id="halbrook26", doc="HALBROOK_2026_10K", source="HALBROOK_2026_10K.pdf",
                  company="Halbrook Orchard Supply", fiscal_year=2026, period="FY2026", doc_type="10-K",
                  extra={"period_end": "2026-06-30"})
ORCHARD_NAMES = ("Halbrook Orchard Supply", "Halbrook Orchard Supply, Inc.", "Halbrook", "HOS")
ORCHARD_BALANCE = """HALBROOK ORCHARD SUPPLY, INC.
CONSOLIDATED BALANCE SHEETS
(In thousands)
June 30, 2026 June 30, 2025
Cash and cash equivalents $ 41,207 $ 38,116
Inventories 212,480 199,031
Nursery stock held for sale 18,925 17,310
Total assets $ 1,904,332 $ 1,822,760
"""
ORCHARD_SEGMENT = ("Segment assets\nTotal assets of the Nursery Orchard segment were $612.4 million at June 30, 2026 "
                   "against $580.1 million a year before.\n")


def test_any_named_part_is_read():
    assert S.named_part("What were the total assets of HOS's Nursery Orchard segment at June 30, 2026?") == (
        "nursery", "orchard")
    assert S.named_part("What were Halbrook's total assets at June 30, 2026?") == ()
    # an imperative opening the question is no name of a part
    assert S.named_part("Define segment margin as segment profit over segment sales. Which of HOS's segments led?") == ()
    # session 30's reading (every word the company's) is kept for a reason or a description asked
    assert company_worded_part("What were the total assets of HOS's Nursery Orchard segment?", ORCHARD_NAMES) == ()
    assert company_worded_part("What were the total assets of HOS's Orchard segment?", ORCHARD_NAMES) == ("orchard",)


def test_only_a_row_for_a_figure_asked_is_held_to_a_part_named_with_words_of_its_own():
    q = "What were the total assets of HOS's Nursery Orchard segment at June 30, 2026?"
    row = "Total assets: June 30, 2026 $ 1,904,332, June 30, 2025 $ 1,822,760 (In thousands)"
    assert S.narrowed_elsewhere(q, row, label="Total assets", figure=True, own_names=ORCHARD_NAMES)
    # a sentence of the part's own section need not repeat its name, nor need a reason or a description
    said = "Its assets rose to $612.4 million at June 30, 2026 as growers replanted orchards lost to the spring frost."
    assert S.narrowed_elsewhere(q, said, figure=True, own_names=ORCHARD_NAMES) == ""
    assert S.narrowed_elsewhere(q, row, label="Total assets", figure=False, own_names=ORCHARD_NAMES) == ""


def test_the_company_total_is_no_answer_for_a_segment_named_with_a_word_of_its_own():
    ex = ask_near("What were the total assets of HOS's Nursery Orchard segment at June 30, 2026?", ORCHARD_BALANCE,
                  ORCHARD, ORCHARD_NAMES)
    assert part_figures(ex) == [None], [p.candidate.text for p in ex.picks if p]


def test_the_segments_own_sentence_still_answers_for_its_figure():
    ex = ask_near("What were the total assets of HOS's Nursery Orchard segment at June 30, 2026?", ORCHARD_SEGMENT,
                  ORCHARD, ORCHARD_NAMES)
    assert ex.picks[0] is not None and "612.4" in ex.picks[0].candidate.text, part_figures(ex)


# ---- another segment's sentence, by the possessive that opens it (session 32) -----------------------------------------
CORVANE = DocMeta(doc_id="dcorv", doc="CORVANE_2025_10K", source="/r/CORVANE_2025_10K.pdf", company="Corvane Aerostructures",
                  doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
CORVANE_NAMES = ("Corvane Aerostructures", "Corvane")
MISSION_SYSTEMS = (
    "Mission Systems\n"
    "Mission Systems’ net sales in 2025 decreased $318 million, or 5%, compared to 2024. The decrease was primarily "
    "attributable to lower net sales of approximately $190 million for radar programs due to lower volume and about "
    "$95 million for training systems following the completion of a simulator contract in 2024.\n")


def test_a_sentence_opened_by_another_owners_possessive_is_not_the_named_segments():
    q = "Why did Corvane's Orbital segment net sales fall in 2025? Give the change and the main programs behind it."
    other = MISSION_SYSTEMS.split("\n")[1]
    assert S.another_owner(("orbital",), other, CORVANE_NAMES)
    assert S.narrowed_elsewhere(q, other, figure=False, own_names=CORVANE_NAMES)
    # the part's own possessive, the company's, a period's and an unnamed subject are not another owner
    for said in ("Orbital’s net sales in 2025 decreased $112 million, or 3%, compared to 2024.",
                 "Corvane’s net sales in 2025 decreased $430 million, or 2%, compared to 2024.",
                 "The Company’s backlog rose in 2025 on higher orders.",
                 "Its net sales in 2025 decreased $112 million, or 3%, compared to 2024."):
        assert not S.another_owner(("orbital",), said, CORVANE_NAMES), said
    # the sentence going on from another owner's ("The decrease was primarily attributable to ...") is that owner's too
    goes_on = MISSION_SYSTEMS.split("\n")[1].split(". ", 1)[1]
    assert S.narrowed_elsewhere(q, goes_on, around=f"{other.split('. ')[0]}. Corvane 10-K 2025", figure=False,
                                own_names=CORVANE_NAMES)
    assert not S.narrowed_elsewhere(q, goes_on, around="Orbital’s net sales in 2025 decreased $112 million, or 3%.",
                                    figure=False, own_names=CORVANE_NAMES)
    # the owner the question names (a report on many companies: no own names) is the part's owner, not another
    assert not S.narrowed_elsewhere("What revenue did Corvane's Orbital segment generate in 2025?",
                                    "Corvane's revenue includes its Orbital segment, whose revenue was $1.1 billion.",
                                    figure=True)
    # a question naming no part is held to nothing
    assert not S.another_owner(S.named_part("Why did Corvane's net sales fall in 2025?"), other, CORVANE_NAMES)
    # through the answerer: the page holds only the other segment's paragraph, so nothing is the Orbital segment's
    ex = ask_near(q, MISSION_SYSTEMS, CORVANE, CORVANE_NAMES)
    assert all(p is None or "Mission Systems" not in p.candidate.text for p in ex.picks), \
        [p.candidate.text for p in ex.picks if p]
