"""What drove "<line> growth" / "<line> decline" (``prose_causes.asked_effect``, ``prose_drivers.members_move``;
issues 10 and 11, session 18): a change noun closing the asked phrase is the move, the line before it is what moved,
so the filer's sentence "<line> increased N%, primarily due to ..." explains it; the sentence right after it giving
the same line's move for its members goes on with the explanation. Every page below is written for these tests in the
style of a 10-Q's or 10-K's MD&A; the companies are fictional."""

from __future__ import annotations

from one_page import NearEmbedder

from assistant.answer import extract as X
from assistant.answer import prose_causes as causes
from assistant.answer import prose_drivers as drivers
from assistant.types import Chunk, DocMeta, Hit

QUARTER = DocMeta(doc_id="tq25q3", doc="TARNWELLMARINE_2025_10Q_Q3", source="/tmp/tarnwell_q3.pdf",
                  title="Tarnwell Marine Q3 2025 Form 10-Q", company="Tarnwell Marine", doc_type="10-Q",
                  fiscal_year=2025, period="Q3 2025")  # fmt: skip

QUARTER_PAGE = """Overview. We build workboats and ferries for operators in North America.
Third quarter results. Revenues increased 14.2% to $388.1 million, mainly because of higher ferry deliveries and
price escalation on our long-term contracts, partly offset by a slower repair yard schedule. Shipbuilding revenues
increased 17.5% and Fleet Services revenues increased 4.3%, on more dry-dock days and a new towage contract.
Cost of revenues was 84.0% of revenues, compared with 85.6%, reflecting lower steel prices.
Interest expense decreased because of lower borrowings.
"""

YEAR = DocMeta(doc_id="ol25", doc="ORRINGFOODS_2025_10K", source="/tmp/orring_10k.pdf",
               title="Orring Foods 2025 Form 10-K", company="Orring Foods", doc_type="10-K", fiscal_year=2025,
               period="FY2025")  # fmt: skip

YEAR_PAGE = """Results of Operations
Net sales declined 6.3% to $2,104.5 million in fiscal 2025, driven by lower volumes in private-label snacks and the
exit from two low-margin co-manufacturing agreements. Bakery net sales decreased 9.1% and Frozen net sales
decreased 2.2%, as retailers reduced promotional displays.
Selling, general and administrative expenses were flat at $301.7 million.
"""


def _ask(question: str, page: str, meta: DocMeta) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], NearEmbedder(),
                     page_text=lambda d, p: page)  # fmt: skip


def _quote(ex: X.Extraction) -> str:
    pick = ex.picks[0]
    return "" if pick is None else pick.candidate.text


def test_a_closing_change_noun_is_the_move_not_the_measure():
    assert causes.asked_effect("What drove Tarnwell Marine's revenue growth in the third quarter of 2025?")[0] == "reven"
    head, words = causes.asked_effect("What was behind the net sales decline at Orring Foods in fiscal 2025?")
    assert head == "sale" and words == {"net", "sale"}
    # a move noun leading its phrase keeps reading as before
    assert causes.asked_effect("What drove the growth in Orring Foods' net sales in 2025?")[0] == "sale"
    # a change noun alone is still the asked thing
    assert causes.asked_effect("What limits growth in the ferry market?")[0] is not None


def test_the_lines_own_sentence_explains_its_growth():
    s = "Revenues increased 14.2% to $388.1 million, mainly because of higher ferry deliveries"
    assert causes.explains_asked("What drove Tarnwell Marine's revenue growth in the third quarter of 2025?", s,
                                 s.index("mainly"))  # fmt: skip
    # the move noun said as the subject still explains it ("Growth was driven by ...")
    g = "Growth was driven by higher ferry deliveries"
    assert causes.explains_asked("What drove Tarnwell Marine's revenue growth?", g, g.index("driven"))


def test_what_drove_line_growth_quotes_the_whole_lines_reason_and_its_members_moves():
    ex = _ask("What drove Tarnwell Marine's revenue growth in the third quarter of 2025?", QUARTER_PAGE, QUARTER)
    quote = _quote(ex)
    assert quote.startswith("Revenues increased 14.2% to $388.1 million, mainly because of higher ferry deliveries")
    assert "Shipbuilding revenues increased 17.5%" in quote  # the members' moves go on with it
    assert "Cost of revenues" not in quote and "Interest expense" not in quote


def test_what_drove_line_decline_in_other_words():
    ex = _ask("What was behind the net sales decline at Orring Foods in fiscal 2025?", YEAR_PAGE, YEAR)
    quote = _quote(ex)
    assert quote.startswith("Net sales declined 6.3% to $2,104.5 million in fiscal 2025, driven by lower volumes")
    assert "Bakery net sales decreased 9.1%" in quote
    assert "Selling, general" not in quote


def test_members_move_is_the_asked_lines_breakdown_only():
    q = "What drove Orring Foods' net sales decline in fiscal 2025?"
    assert drivers.members_move(q, "Bakery net sales decreased 9.1% and Frozen net sales decreased 2.2%, as retailers "
                                   "reduced promotional displays.")  # fmt: skip
    assert not drivers.members_move(q, "Cost of sales was 71.0% of net sales, compared with 70.2%.")
    assert not drivers.members_move(q, "Selling, general and administrative expenses were flat at $301.7 million.")
    # a question naming a member does not take another member's sentence as its breakdown
    ex = _ask("What drove Orring Foods' Bakery net sales decline in fiscal 2025?", YEAR_PAGE, YEAR)
    assert "Frozen" not in _quote(ex) or _quote(ex).startswith("Bakery")


def test_members_move_of_a_qualified_line_says_its_qualifier():
    q = "Why did Tarnwell Marine's charter revenue fall in 2025?"
    assert not drivers.members_move(q, "Towage revenue increased 3.1% to $40.2 million, on a new harbour contract.")
    assert drivers.members_move(q, "Gulf Coast charter revenue decreased 11.0% and Great Lakes charter revenue "
                                   "decreased 2.5%, on fewer vessel days.")  # fmt: skip
