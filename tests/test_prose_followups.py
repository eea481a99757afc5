"""prose_followups: a second part asking the first part's figure at another period is answered from the first part's
quote, or not at all. Every report sentence and question below is written for these tests (fictional markets)."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_followups as F
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

META = DocMeta(doc_id="dcer", doc="ceramics_2025", source="/r/ceramics_2025.md", title="Studio Ceramics: 2025 Review")
MARKET = "We estimate the studio ceramics market at about $4.8 billion in 2024, against $4.5 billion in 2023 and $4.1 billion in 2022."
SHARE = "Online shops took 31% of kiln sales in 2024, up from 18% in 2019, the year before the pandemic."


def _ask(question: str, page: str) -> X.Extraction:
    c = Chunk(chunk_id="dcer:1", doc_id="dcer", doc=META.doc, source=META.source, page=1, page_end=1, start=0,
              end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=META)], HashEmbedder(),
                     page_text=lambda d, p: page, threshold=0.3)  # fmt: skip


def test_the_period_a_second_part_asks():
    assert F.other_year("what was it five years earlier?", {2024}) == 2019
    assert F.other_year("and in 2021?", {2024}) == 2021
    assert F.other_year("what was it a year before?", {2024}) == 2023
    assert F.difference_asked("how much bigger was it than in 2022?", {2024}) == 2022
    assert F.difference_asked("and how much has it grown since 2022?", {2024}) == 2022
    assert F.other_year("who sells the most kilns?", {2024}) is None


def test_figures_tied_to_their_years():
    figs = F.year_figures(MARKET)
    assert [figs[y][0][2] for y in (2024, 2023, 2022)] == ["$4.8 billion", "$4.5 billion", "$4.1 billion"]
    assert F.year_figures(SHARE)[2024][0][2] == "31%"  # "31% of kiln sales in 2024"


def test_lines_computed_from_the_quote():
    assert F.followup_line("what was it five years earlier?", {2024}, SHARE) == "18% (2019), from the same passage"
    assert F.followup_line("how much higher was it than in 2019?", {2024}, SHARE).startswith(
        "Up 13 percentage points from 2019: 31% (2024) against 18% (2019)")
    assert F.followup_line("how much bigger was it than in 2022?", {2024}, MARKET).startswith(
        "$0.7 billion more than in 2022 (+17.1%): $4.8 billion (2024) against $4.1 billion (2022)")
    assert F.followup_line("what was it in 2021?", {2024}, MARKET) is None  # the quote has no 2021 figure


def test_a_two_part_question_is_answered_whole_from_one_quote():
    page = f"# Studio Ceramics\n\n{SHARE}\n"
    ex = _ask("What share of kiln sales went through online shops in 2024, and what was it five years earlier?", page)
    assert not ex.partial and ex.notes.get(1) == "18% (2019), from the same passage"
    text = R.render(ex, lambda d, p: page)[0]
    assert "18% (2019), from the same passage [1]" in text
    ex = _ask("What share of kiln sales went through online shops in 2024, and what was it in 2016?", page)
    assert ex.picks[1] is None or not ex.notes.get(1)  # no 2016 figure: not answered from this quote


# session 26: a fictional lift maker's segment paragraph, written for this test
LIFTS = DocMeta(doc_id="dlift", doc="tarnby_lifts_10k_2025", source="/r/tarnby_lifts_10k_2025.pdf",
                title="Tarnby Lifts, Inc. Form 10-K 2025", company="Tarnby Lifts", doc_type="10-K", fiscal_year=2025)
LIFTS_PAGE = ("Service Contracts. Segment revenues increased 4.2% to $512.0 million. Operating profit declined to $48.6 "
              "million from $55.0 million, because lower renewal rates left technicians idle in the Southwest and "
              "because labor agreements signed in 2024 raised wages.\n")


def test_a_bare_how_much_after_a_reason_is_the_move_its_quote_states():
    # Rule: a bare "how much did it drop?" after a reason whose quote states "declined to A from B": B - A computed
    # from the quote; never when the quote moves the other way
    line = F.stated_move_line("and how much did it drop?", LIFTS_PAGE.split(". ", 1)[1])
    assert line is not None and line.startswith("Down $6.4 million (-11.6%)"), line
    assert F.stated_move_line("and how much did it climb?", LIFTS_PAGE.split(". ", 1)[1]) is None
    assert F.stated_move_line("and what was it in 2023?", LIFTS_PAGE) is None
    c = Chunk(chunk_id="dlift:1", doc_id="dlift", doc=LIFTS.doc, source=LIFTS.source, page=1, page_end=1, start=0,
              end=len(LIFTS_PAGE), text=LIFTS_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("What caused the decline in Tarnby's operating profit during 2025, and how much did it drop?",
                   [Hit(chunk=c, score=1.0, rank=0, meta=LIFTS)], HashEmbedder(), page_text=lambda d, p: LIFTS_PAGE,
                   threshold=0.3)  # fmt: skip
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Operating profit declined")
    assert ex.notes.get(1, "").startswith("Down $6.4 million"), ex.notes


# session 28: a fictional ferry operator's human-capital paragraph, written for this test
FERRY = DocMeta(doc_id="dfer", doc="nordsund_ferries_10k_2031", source="/r/nordsund_ferries_10k_2031.pdf",
                title="Nordsund Ferries Corp. Form 10-K 2031", company="Nordsund Ferries", doc_type="10-K",
                fiscal_year=2031)
FERRY_PAGE = ("Human Capital\n\nAs of March 2, 2031, Nordsund employed about 14,600 crew and shore staff across its routes, "
              "including about 5,800 people based in Norway. Our crews are represented by four maritime unions.\n")


def test_the_rest_of_a_stated_whole_is_computed_from_the_quote():
    # Rule: "what share of them worked outside PLACE" after a quote counting a whole "including N in PLACE": the rest
    # (whole less N) and its share; "how many were in PLACE" the stated part and its share; another place: nothing
    sentence = FERRY_PAGE.split("\n\n")[1].split(". Our")[0] + "."
    line = F.rest_line("what share of them worked outside Norway?", sentence)
    assert line is not None and line.startswith("About 8,800 of 14,600 (60.3%) outside Norway: 14,600 less 5,800"), line
    assert F.rest_line("and how many of them were in Norway?", sentence).startswith("About 5,800 of 14,600 (39.7%) in Norway")
    assert F.rest_line("what share of them worked outside Denmark?", sentence) is None
    # one place however written: "the U.S." in the quote is "the United States" asked
    assert F.rest_line("how many were outside the United States?", "At year end the carrier had 3,960 drivers, "
                       "including 1,210 based in the U.S.").startswith("2,750 of 3,960 (69.4%) outside the U.S.")
    assert F.rest_line("how many were outside the UK?", "At year end the carrier had 3,960 drivers, including 1,210 "
                       "based in the U.S.") is None
    # an amount of money is no count of people; a share the quote states is not recomputed
    assert F.rest_line("what share of it came from outside the U.S.?",
                       "Sales were $7,900 million, including $3,100 million in the U.S.") is None
    assert F.rest_line("what share of them worked outside Norway?", "Staff numbered 900 at year end.") is None


def test_a_headcount_question_is_answered_whole_with_the_share_outside():
    c = Chunk(chunk_id="dfer:1", doc_id="dfer", doc=FERRY.doc, source=FERRY.source, page=7, page_end=7, start=0,
              end=len(FERRY_PAGE), text=FERRY_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("How many people did Nordsund Ferries employ at March 2, 2031, and what share of those were based "
                   "outside Norway?", [Hit(chunk=c, score=1.0, rank=0, meta=FERRY)], HashEmbedder(),
                   page_text=lambda d, p: FERRY_PAGE, threshold=0.3)  # fmt: skip
    assert not ex.partial and ex.picks[1] is not None, ex.notes
    text = R.render(ex, lambda d, p: FERRY_PAGE)[0]
    assert "About 8,800 of 14,600 (60.3%) outside Norway" in text and "Not in the indexed reports" not in text, text


# session 28: a fictional bakery group's workforce paragraph, written for this test
BAKERY_PAGE = ("Our People\n\nAt the end of fiscal 2031 we had about 18,200 employees, with about 7,400 in Mexico and about "
               "10,800 in our markets outside Mexico. Roughly 11,900 of them work in our bakeries and about 6,300 hold "
               "office and sales jobs.\n")


def test_a_split_the_quote_states_answers_the_part():
    # Rule: "how were they split between A and B" after the whole's quote: answered by that quote when each side's word
    # stands near one of its counts; a side it gives no figure for leaves the part open
    sentence = BAKERY_PAGE.split("\n\n")[1]
    assert F.split_line("how were they split between Mexico and other markets?", sentence) is not None
    assert F.split_line("and how were they split between bakeries and office jobs?", sentence) is not None
    assert F.split_line("how were they split between men and women?", sentence) is None
    assert F.split_line("how were they split between Mexico and Canada?", sentence) is None
    assert F.split_line("what drove the split between Mexico and other markets?", sentence) is None
    assert F.rest_line("roughly how many of them were in Mexico?", "We had about 18,200 employees, including about "
                       "7,400 in Mexico.").startswith("About 7,400 of 18,200 (40.7%) in Mexico")


def test_a_headcount_question_with_its_split_is_answered_whole():
    meta = DocMeta(doc_id="dbak", doc="panaderia_sol_10k_2031", source="/r/panaderia_sol_10k_2031.pdf",
                   title="Panaderia Sol S.A. Form 10-K 2031", company="Panaderia Sol", doc_type="10-K", fiscal_year=2031)
    c = Chunk(chunk_id="dbak:1", doc_id="dbak", doc=meta.doc, source=meta.source, page=5, page_end=5, start=0,
              end=len(BAKERY_PAGE), text=BAKERY_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("How many employees did Panaderia Sol have at the end of fiscal 2031, and how were they split between "
                   "Mexico and other markets?", [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                   page_text=lambda d, p: BAKERY_PAGE, threshold=0.45)  # fmt: skip
    text = R.render(ex, lambda d, p: BAKERY_PAGE)[0]
    assert not ex.partial and "The split is stated in the same passage [1]" in text, text
# session 28: a fictional glazing-clay market sentence, written for this test
CLAY = ("Potteries in the region fired 2,640 thousand tonnes of glazing clay in 2024, 7.4% more than the 2,458 kt of "
        "2023 and 12.1% more than the 2,355 kt of 2022.")


def test_the_rate_stated_against_the_year_before():
    part = "what percentage increase in firing was that year over year?"
    assert F.stated_rate_line(part, 2024, CLAY, "2,640 thousand tonnes") == "Up 7.4% from 2023, as the quote states"
    assert F.stated_rate_line("and what percentage increase on 2023 was that?", 2024, CLAY, "2,640 thousand tonnes")
    # the rate against another year than the one before is not the year-over-year rate
    assert F.stated_rate_line(part, 2025, CLAY, "2,640 thousand tonnes") is None
    # a fall asked, a rise stated: nothing
    assert F.stated_rate_line("what percentage decrease in firing was that year over year?", 2024, CLAY,
                              "2,640 thousand tonnes") is None
    # another figure between the answered one and the rate: not its own move
    other = "Potteries fired 2,640 thousand tonnes in 2024 and exported 410 kt, 3.0% more than a year earlier."
    assert F.stated_rate_line(part, 2024, other, "2,640 thousand tonnes") is None


def test_a_year_over_year_rate_part_is_answered_from_the_quote():
    page = f"# Glazing clay\n\n{CLAY}\n"
    ex = _ask("How much glazing clay did the region's potteries fire in 2024, and what was the percentage increase in "
              "firing year over year?", page)
    assert not ex.partial and ex.notes.get(1) == "Up 7.4% from 2023, as the quote states"


# session 31 (#11): a fictional kiln maker's revenue paragraph, written for this test
KILN = DocMeta(doc_id="dkln", doc="ostervik_kilns_10k_2027", source="/r/ostervik_kilns_10k_2027.pdf",
               title="Ostervik Kilns, Inc. Form 10-K 2027", company="Ostervik Kilns", doc_type="10-K", fiscal_year=2027)
KILN_PAGE = ("Revenue\n\nMaintenance plan revenue rose in 2027: it increased by $18.4 million, or 41%, "
             "on the 2026 level. The increase was primarily driven by wider adoption of our "
             "remote monitoring plans by hobby studios and, to a lesser extent, a price increase on multi-kiln plans.\n\n"
             "Kiln hardware sales slipped in 2027: they decreased by $2.1 million, or 6%, on "
             "the 2026 level.\n")


def test_the_size_of_a_move_is_the_one_its_sentence_states_by():
    # Rule: a bare "by how much did it grow?" after a reason whose quote states the move "by" its size: as stated, when
    # the quote states exactly one such move the asked way
    effect = KILN_PAGE.split("\n\n")[1].split(". The increase")[0]
    assert F.stated_by_line("by how much did it grow?", effect) == "Up by $18.4 million, or 41%, as the quote states"
    assert F.stated_by_line("and how much did it fall?", effect) is None  # the quote moves the other way
    assert F.stated_by_line("and what was it in 2026?", effect) is None
    two = "Plan revenue increased by $18.4 million and hardware revenue decreased by $2.1 million."
    assert F.stated_by_line("by how much did it grow?", two) is None  # two moves: whose size is unsaid


def test_a_reason_then_its_size_is_answered_from_the_explained_move():
    # Rule: the reason's quote is the explained move and its reasons (form "effect"): its first sentence's size answers
    # "by how much has it grown?" (an aside in brackets is no part of the asked thing either)
    c = Chunk(chunk_id="dkln:1", doc_id="dkln", doc=KILN.doc, source=KILN.source, page=41, page_end=41, start=0,
              end=len(KILN_PAGE), text=KILN_PAGE, ordinal=1)  # fmt: skip
    ex = X.extract("What drove the growth of Ostervik's (formerly known as Kilnworks) maintenance plan revenue in 2027, "
                   "and by how much has it grown?", [Hit(chunk=c, score=1.0, rank=0, meta=KILN)], HashEmbedder(),
                   page_text=lambda d, p: KILN_PAGE, threshold=0.3)  # fmt: skip
    assert ex.picks[0] is not None and ex.picks[0].candidate.text.startswith("Maintenance plan revenue"), ex.picks[0]
    assert ex.notes.get(1) == "Up by $18.4 million, or 41%, as the quote states", ex.notes
    assert not ex.partial


# session 32 (#11): "..., and how does it compare with a year earlier?" after a part whose quote sets its figure against
# the year before's ("compared with $0.38 per share in the same quarter last year"): the move, computed from that quote
FERRULE = DocMeta(doc_id="dfer", doc="ferrule_rail_q3_2026_release", source="/r/ferrule_rail_q3_2026_release.html",
                  company="Ferrule Rail Systems", doc_type="earnings release", fiscal_year=2026, period="Q3 2026")
FERRULE_PAGE = ("Dividend\n\nThe Board of Directors today declared a quarterly cash dividend of $0.42 per share (compared "
                "with $0.38 per share in the same quarter last year). The dividend is payable on December 1, 2026.\n\n"
                "Backlog\n\nBacklog was $2,418.5 million at September 30, 2026, compared with $2,106.0 million at "
                "September 30, 2025.\n")


def test_a_part_asking_how_the_figure_compares_with_the_year_before():
    for part in ("and how does it compare with a year earlier?", "how did that compare with the prior year?",
                 "how did it change?", "how does it compare with the same quarter last year?"):
        assert F.asks_compared_with_year_before(part), part
    for part in ("how does it compare with its peers?", "how did its margin compare with a year earlier?",
                 "how does it compare with 2019?", "what was it a year earlier?"):
        assert not F.asks_compared_with_year_before(part), part
    line = F.move_line("and how does it compare with a year earlier?", 2026, FERRULE_PAGE.split("\n\n")[1], "$0.42")
    assert line is not None and line.startswith("Up $0.04 (+10.5%) from a year earlier: $0.42 against $0.38"), line


def test_the_comparison_part_is_answered_from_the_dividend_quote():
    from one_page import ask_near

    q = ("What quarterly dividend did Ferrule Rail Systems declare with its third-quarter 2026 results, and how does it "
         "compare with a year earlier?")
    ex = ask_near(q, FERRULE_PAGE, FERRULE, aliases=("Ferrule Rail Systems", "Ferrule"))
    assert ex.answered and not ex.partial, ex.picks
    assert ex.notes.get(1, "").startswith("Up $0.04"), ex.notes
    text, _, _ = R.render(ex, lambda d, p: FERRULE_PAGE)
    assert "Not in the indexed reports" not in text and "$0.42 against $0.38" in text, text


FARES = ("Ferries\n\nThe average price of a return ticket on the Irish Sea crossings rose to £84.50 in December 2025 from £80.00 a year "
         "earlier, and passed £120 on the busiest summer weekends.\n\nOperators carried 4.1 million cars in 2025.\n")


def test_a_rate_asked_of_the_part_befores_move():
    # Session 32 (#11). Rule: "..., and by what percentage had the fare gone up in a year?" asks the move of the figure
    # the part before's quote compares with the year before's, as "by how much did it rise from a year earlier" does;
    # computed from that quote, and tied to its measure as the quote's figure is (``Extraction._moved_from_tied``)
    line = F.move_line("and by what percentage had the fare gone up in a year", 2025, FARES.split("\n\n")[1], "£84.50")
    assert line is not None and "+5.6%" in line, line
    ex = _ask("What did a return ferry ticket cost on average at the end of 2025, and by what percentage had the "
              "price gone up in a year?", FARES)
    assert ex.answered and not ex.partial and not ex.untied, [(a.text, p and p.candidate.text) for a, p in zip(ex.parts, ex.picks)]
    assert "+5.6%" in ex.notes.get(1, ""), ex.notes
    # a move asked from another year than the quote's comparison is not computed from it
    assert F.move_line("and by what percentage had the fare gone up since 2020", 2025, FARES.split("\n\n")[1], "£84.50") is None


def test_a_dividend_in_cents_is_compared_with_the_year_befores_in_cents():
    # session 32 (#11): "8.75 cents per share (compared with 8.5 cents per share ...)": both amounts in cents
    s = ("The Kestrel Packaging Board of Directors today declared a quarterly cash dividend of 8.75 cents per share "
         "(compared with 8.5 cents per share in the same quarter last year).")
    line = F.move_line("and how does it compare with a year earlier?", 2026, s, "8.75 cents")
    assert line == "Up 0.25 cents (+2.9%) from a year earlier: 8.75 cents against 8.5 cents, computed from the quote", line
