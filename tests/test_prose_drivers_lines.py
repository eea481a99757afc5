"""What drove a filer's line, segment or premise (``prose_drivers``, ``extract``; issues 10 and 11): the MD&A passage
whose subject is the asked measure, quoted whole, with both halves of "what drove it, and what held it back?". Every
page below is written for these tests in the style of a 10-K's MD&A; the company is fictional."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import question as Q
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer import prose_drivers as drivers
from assistant.answer import prose_verdicts as verdicts
from assistant.types import Answer, Chunk, DocMeta, Hit

META = DocMeta(doc_id="gp25", doc="GRANITEPEAK_2025_10K", source="/tmp/granitepeak_2025_10k.pdf",
               title="Granite Peak Holdings 2025 Form 10-K", company="Granite Peak Holdings", doc_type="10-K",
               fiscal_year=2025, period="FY2025")  # fmt: skip

MDA = """Results of Operations
Consolidated net revenue increased 5.2% to $1,204.6 million in fiscal 2025, compared with $1,145.1 million in fiscal
2024. Net income attributable to Granite Peak Holdings was $142.3 million.

Marina segment. Marina net revenue increased 6.4% to $512.0 million, primarily due to higher slip rental rates,
partially offset by fewer transient boat visits in the spring. Slip rental revenue grew 9.1% to $288.4 million,
driven by a 6.0% higher average rate per slip foot and 2.9% more occupied slips; the Cedar Cove marina we bought in
2024 added a first full year. Marina segment operating expense increased 4.0% to $301.2 million, primarily due to
wage increases. Marina EBITDA grew 10.0% to $210.8 million and the segment's EBITDA margin widened to 41.2% from
40.0%, mainly because new dredging contracts cut maintenance costs.

Water Services segment. Water Services revenues grew $84 million in fiscal 2025, mainly from $131 million of new
tariffs the state commissions approved and $17 million from small systems we bought. The gains were partly offset by
$40 million from lower customer usage and $24 million from a milder summer. We billed 102,300 million gallons, about
the same as in fiscal 2024.
"""


def _ask(question: str, page: str = MDA, meta: DocMeta = META) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


def _text(question: str, page: str = MDA, meta: DocMeta = META) -> str:
    ex = _ask(question, page, meta)
    return R.to_answer(ex, R.Answer(question=question, text=""), page_text=lambda d, p: page).text


# ----------------------------------------------------------------------------------- a line is not its segment or total


def test_in_a_filing_a_qualified_whole_is_another_item_than_the_asked_line():
    q = "What drove the increase in Granite Peak's slip rental revenue in fiscal 2025?"
    assert drivers.other_item(q, "Marina net revenue increased 6.4% to $512.0 million", filing=True)
    assert drivers.other_item(q, "Fiscal 2025 total net revenue increased 5.2%", filing=True)
    assert not drivers.other_item(q, "Slip rental revenue rose 9.1% to $288.4 million", filing=True)
    assert not drivers.other_item(q, "Revenues rose 9.1%", filing=True)  # the bare head may still be the line's
    assert not drivers.other_item(q, "Marina net revenue increased 6.4%")  # an article's whole is left as before
    # the asked line said in fewer of its own words is the asked line
    assert not drivers.other_item("Why did Granite Peak's comparable store sales rise?", "Comparable sales rose 4%",
                                  filing=True)


def test_what_drove_a_revenue_line_is_that_lines_explanation_not_its_segments():
    ex = _ask("What drove the increase in Granite Peak's slip rental revenue in fiscal 2025?")
    assert ex.picks[0] is not None
    quote = ex.picks[0].candidate.text
    assert quote.startswith("Slip rental revenue grew 9.1%") and "average rate per slip foot" in quote


# ----------------------------------------------------------------------------------- what drove it, and what held it back


def test_what_held_it_back_is_the_offsets_of_the_same_explanation():
    assert drivers.asks_against("what held it back")
    assert drivers.asks_against("and what offset it")
    assert not drivers.asks_against("what held back hotel revenue in Europe")  # names its own effect
    text = _text("Granite Peak's Water Services revenues rose in fiscal 2025 although its billed volumes were flat. "
                 "What drove the increase, and what held it back?")
    assert "Not in the indexed reports" not in text
    assert "$131 million of new tariffs" in text
    held = text.split("What held it back, from the same passage:")[1]
    assert held.strip().startswith("\u201cThe gains were partly offset by $40 million from lower customer usage")
    assert "$24 million from a milder summer" in held


def test_a_clause_offset_is_quoted_from_its_marker():
    assert drivers.against_line("Marina net revenue increased 6.4% to $512.0 million, primarily due to higher slip "
                                "rental rates, partially offset by fewer transient boat visits in the spring.") \
        == "partially offset by fewer transient boat visits in the spring."
    assert drivers.against_line("Revenue rose 4% on higher prices and volumes.") is None


def test_no_offset_stated_leaves_the_second_half_unanswered_by_any_other_passage():
    ex = _ask("What drove the increase in Granite Peak's slip rental revenue in fiscal 2025, and what held it back?")
    assert ex.picks[0] is not None and ex.picks[1] is None


# ----------------------------------------------------------------------------- whose income it is is no cause of a change


def test_income_attributable_to_the_filer_does_not_explain_the_change_before_it():
    # "Consolidated net revenue increased ..." followed by "Net income attributable to ..." is no effect and its cause
    ex = _ask("What drove the increase in Granite Peak's Marina net revenue in fiscal 2025?")
    assert ex.picks[0] is not None
    assert ex.picks[0].candidate.text.startswith("Marina net revenue increased 6.4%")


# -------------------------------------------------------------------- did it become more profitable, and why?

TWO_SEGMENTS = MDA + """
Boatyard segment. Boatyard net revenue increased 2.1% to $96.3 million. Boatyard EBITDA decreased 8.5% to $14.0
million, primarily due to higher parts costs and a longer haul-out season that raised overtime.
"""


def test_a_profitability_move_is_read_from_the_profit_measures_stated_move():
    q = "Did Granite Peak's Marina segment become more profitable in fiscal 2025?"
    assert verdicts.asks_profit_move(q) == "up"
    assert verdicts.profit_verdict(q, "Marina EBITDA grew 10.0% to $210.8 million and the segment's EBITDA margin "
                                      "widened to 41.2% from 40.0%.") == "Yes"
    assert verdicts.profit_verdict(q, "Marina segment operating expense increased 4.0% to $301.2 million.") is None
    assert verdicts.profit_verdict(q, "EBITDA increased 3%, while EBITDA margin declined to 20.1%.") is None
    assert verdicts.profit_verdict("Did its profitability weaken in 2025?", "Operating income fell 12%.") == "Yes"


def test_more_profitable_and_why_is_the_segments_profit_sentence_with_its_cause():
    text = _text("Did Granite Peak's Marina segment become more profitable in fiscal 2025, and why?", TWO_SEGMENTS)
    assert text.startswith("Yes.")
    assert "Marina EBITDA grew 10.0%" in text and "new dredging contracts cut maintenance costs" in text
    assert "Not in the indexed reports" not in text and "operating expense increased 4.0%" not in text
    text = _text("Did Granite Peak's Boatyard segment become more profitable in fiscal 2025, and why?", TWO_SEGMENTS)
    assert text.startswith("No.") and "Boatyard EBITDA decreased 8.5%" in text and "Marina EBITDA" not in text


# ------------------------------------------------- a judgement of a stated premise: the filer's explanation, no verdict

FERRY = DocMeta(doc_id="hf25", doc="HARBORLINE_2025_10K", source="/tmp/harborline_2025_10k.pdf",
                title="Harborline Ferries 2025 Form 10-K", company="Harborline Ferries", doc_type="10-K",
                fiscal_year=2025, period="FY2025")  # fmt: skip
FERRY_MDA = """Results of Operations
Ticket revenue decreased 18.0% to $210.0 million in fiscal 2025, primarily due to the transfer of our northern routes to
a joint venture that we account for under the equity method, partially offset by higher average fares on the remaining
routes. Freight revenue increased 4.2% to $96.5 million, primarily due to higher truck volumes on the island routes.
"""


def test_premise_why_reads_the_move_a_judgement_is_asked_of():
    from assistant.answer.premises import premise_why

    assert premise_why("Harborline's ticket revenue fell 18% in fiscal 2025. Is that a warning sign for the business?") \
        == "Why did Harborline's ticket revenue fall in fiscal 2025?"
    assert premise_why("Harborline swung to a profit in 2025. Does that mean the business got better?") is None
    assert premise_why("What was Harborline's ticket revenue in fiscal 2025?") is None


def test_a_judgement_left_open_shows_the_filers_explanation_of_the_premise_without_a_verdict():
    from one_page import pages_answerer

    from assistant.answer.answerer import _judgement_left
    from assistant.types import Citation

    q = "Harborline's ticket revenue fell 18% in fiscal 2025. Is that a warning sign for the business?"
    figure = Answer(question=q, text="Harborline's ticket revenue changed by -18.0% from FY2024 to FY2025 [1][2].",
                    mode="calc", citations=[Citation(n=1, doc=FERRY.doc, source=FERRY.source, page=3, quote="a"),
                                            Citation(n=2, doc=FERRY.doc, source=FERRY.source, page=3, quote="b")])
    left = _judgement_left(q, figure)
    got = pages_answerer(FERRY, {1: FERRY_MDA})._premise_explained(q, left, None)
    assert got.mode == "fallback" and not got.text.startswith(("Yes", "No"))
    assert "Not in the indexed reports" not in got.text and "-18.0%" in got.text
    assert "transfer of our northern routes to a joint venture" in got.text and "[3]" in got.text
    assert "truck volumes" not in got.text  # another line's explanation is not the premise's
    assert [c.n for c in got.citations] == [1, 2, 3]


# ------------------------------------------- a line's explanation searched for within the filing when the first pages lack it

STATEMENTS = """CONSOLIDATED STATEMENTS OF EARNINGS (In thousands)
Year Ended July 31, 2025 2024
Slip rental revenue 288,400 264,300
Total net revenue 1,204,600 1,145,100
Net income attributable to Granite Peak Holdings 142,300 121,900
"""


def test_reason_query_names_the_asked_line_as_a_filer_explains_it():
    assert drivers.reason_query("What drove the increase in Granite Peak's slip rental revenue in fiscal 2025?") \
        == "slip rental revenue increased decreased primarily due to"
    assert drivers.reason_query("Why did Granite Peak's revenue rise?") is None  # every line's head: no search
    # a ratio is no line: its move is explained per segment or by both lines' figures, never searched as a line's
    assert drivers.reason_query("What drove Granite Peak's operating margin change in fiscal 2025?") is None
    assert drivers.reason_query("Why did Granite Peak's effective tax rate rise in fiscal 2025?") is None


def test_a_line_asked_by_name_is_explained_from_the_mda_found_by_its_own_search():
    from one_page import _PagesIndex, _PagesRetriever

    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    hits = {}
    for page, text in ((1, STATEMENTS), (2, MDA)):
        c = Chunk(chunk_id=f"gp25:{page}", doc_id=META.doc_id, doc=META.doc, source=META.source, page=page,
                  page_end=page, start=0, end=len(text), text=text, ordinal=page)  # fmt: skip
        hits[page] = Hit(chunk=c, score=1.0, rank=page - 1, meta=META)

    class Steered(_PagesRetriever):  # a question naming the company finds its statements; the line's words its MD&A
        def search(self, query, k=8, filters=None, steer=True):
            return [hits[2]] if "primarily due to" in query else [hits[1]]

    answerer = Answerer(Steered(list(hits.values())), FakeLLM("I don't know."), Settings(llm="fake"),
                        index=_PagesIndex(META, {1: STATEMENTS, 2: MDA}))
    got = answerer.ask("What drove the increase in Granite Peak's slip rental revenue in fiscal 2025?")
    assert got.mode == "extract" and "Slip rental revenue grew 9.1%" in got.text and "average rate per slip foot" in got.text


def test_a_word_of_cause_inside_the_asked_lines_name_stays_a_word_of_the_line():
    # "fuel" asks why in "What is fuelling sales?"; in "fuel surcharge revenue" it names the line
    part = Q.read_question("What drove the increase in Granite Peak's fuel surcharge revenue in fiscal 2025?")[0]
    assert part.kind == "reason" and "fuel" in part.words
    assert "lifting" not in Q.read_question("What is lifting Granite Peak's slip rental revenue?")[0].words


def test_what_held_it_back_after_a_premise_asks_the_premises_reason_not_a_description():
    # "held it back" is a verb of cause with its object between; "it" is the premise's move
    ex = _ask("Granite Peak's Marina net revenue rose 6.4% in fiscal 2025. What held it back?")
    assert ex.parts[0].kind == "reason" and ex.picks[0] is not None
    assert ex.picks[0].candidate.text.startswith("Marina net revenue increased 6.4%")
    assert "fewer transient boat visits" in ex.picks[0].candidate.text


def test_a_filings_sentence_stating_no_year_decides_only_its_own_fiscal_year():
    assert _text("Did Granite Peak's Marina segment become more profitable in fiscal 2025?").startswith("Yes.")
    assert not _text("Did Granite Peak's Marina segment become more profitable in fiscal 2026?").startswith(("Yes", "No"))


# ------------------------------------------------------------------- the gap between two moves; the whole is not a segment


def test_what_explains_the_gap_is_the_lagging_measures_explanation():
    ex = _ask("Granite Peak's slip rental revenue grew 9.1% in fiscal 2025, yet its Marina net revenue rose only 6.4%. "
              "What explains the gap?")
    assert ex.parts[0].kind == "reason" and ex.picks[0] is not None
    quote = ex.picks[0].candidate.text
    assert quote.startswith("Marina net revenue increased 6.4%") and "fewer transient boat visits" in quote


def test_a_segments_line_is_not_the_companys_whole_in_a_filing():
    q = "What drove the increase in Granite Peak's net revenue in fiscal 2025?"
    assert drivers.other_item(q, "Marina net revenue increased 6.4% to $512.0 million", filing=True)
    assert not drivers.other_item(q, "Consolidated net revenue increased 5.2%", filing=True)
    ex = _ask("Granite Peak's slip rental revenue grew 9.1% in fiscal 2025 while its consolidated net revenue rose only "
              "5.2%. What explains the difference?")
    assert ex.picks[0] is None or "Marina" not in ex.picks[0].candidate.text


def test_a_line_stated_on_its_net_basis_is_still_the_asked_line():
    # the clause says the asked line's own qualifier; "net" is the basis of its figure, not another line
    q = "What caused Halvard Tools' Contractor segment sales to fall in fiscal 2025?"
    assert not drivers.other_item(q, "Contractor segment net sales were $812.0 million, down 7.5%", filing=True)
    assert not drivers.other_item(q, "Contractor segment reported sales fell 7.5%", filing=True)
    # the whole and another line stay other items
    assert drivers.other_item(q, "Total net sales were $2,410.0 million, down 3.1%", filing=True)
    assert drivers.other_item(q, "Consumer segment net sales rose 2.0%", filing=True)


def test_a_filers_other_line_is_not_the_line_asked_by_its_own_name():
    q = "Why did Halvard Tools' operating income fall by a third in fiscal 2025?"
    assert drivers.other_item(q, "Membership and other income decreased 1.1% in fiscal 2025", filing=True)
    assert drivers.other_item(q, "Other income decreased $12.0 million", filing=True)
    assert not drivers.other_item(q, "Operating income decreased $410.0 million", filing=True)
    # a line the filer reports with the rest folded in ("<asked line> and other") is still the asked line
    assert not drivers.other_item("Why did Halvard Tools' installation services revenue shrink in fiscal 2025?",
                                  "Installation services and other revenue decreased by $8.0 million", filing=True)
    # asked by its own name, the other line is the asked one
    assert not drivers.other_item("Why did Halvard Tools' other income fall in fiscal 2025?",
                                  "Other income decreased $12.0 million", filing=True)
