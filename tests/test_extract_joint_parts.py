"""Several figures asked in one question, one sentence stating them all (issue 11): such a sentence is measured
against the whole question, not only against one part's words. Every sentence and question below is written for these
tests (fictional filers, in the style of earnings releases and 10-K business sections)."""

from __future__ import annotations

import numpy as np

from one_page import NearEmbedder

from assistant.answer import question as Q
from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

TORVALE = DocMeta(doc_id="dtor", doc="TORVALE_2024_8K", source="/r/TORVALE_2024_8K.pdf",
                  company="Torvale Outfitters", doc_type="8-K", fiscal_year=2024)  # fmt: skip
KESTREL = DocMeta(doc_id="dkes", doc="KESTREL_2025_10Q", source="/r/KESTREL_2025_10Q.pdf",
                  company="Kestrel Therapeutics", doc_type="10-Q", fiscal_year=2025)  # fmt: skip


class PartsFarEmbedder(HashEmbedder):
    """A sentence model for which each part of a two-part question alone is far from every sentence (cosine 0.2)
    and the whole question near them (cosine 1.0), as a real one finds "what was their total square footage" far
    from "... operated 644 stores totaling 4.1 million square feet" and the whole question close."""

    def __init__(self, whole: str):
        super().__init__()
        self.whole = whole

    def embed(self, texts):
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for r, t in enumerate(texts):
            if t == self.whole or "?" not in t and not t.lower().startswith(("how", "what", "when", "which")):
                out[r, 0] = 1.0  # the whole question, and every candidate
            else:
                out[r, 0], out[r, 1] = 0.2, (1 - 0.2**2) ** 0.5  # one part's words alone
        return out


def _ask(question: str, page: str, meta: DocMeta, embedder=None) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:1", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=1, page_end=1,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    hit = Hit(chunk=c, score=1.0, rank=3, meta=meta)
    return X.extract(question, [hit], embedder or PartsFarEmbedder(question), page_text=lambda d, p: page)


def test_one_sentence_stating_both_asked_figures_answers_both_parts():
    page = ("Torvale Outfitters reports fourth quarter and fiscal 2024 results.\n"
            "At the end of fiscal 2024, the Company operated 644 stores totaling 4.1 million square feet.\n")
    q = "How many stores did Torvale Outfitters have open at the end of fiscal 2024, and what was their total square footage?"
    ex = _ask(q, page, TORVALE)
    assert len(ex.parts) == 2 and all(p is not None for p in ex.picks), [r[:1] for r in ex.ranked]
    assert all("644 stores" in p.candidate.text for p in ex.picks)


def test_a_deal_sentence_stating_the_price_and_the_value_answers_both_parts():
    page = ("Acquisitions\n"
            "On April 2, 2025, we agreed to acquire Lumora Bio for $118 in cash per share, for a total enterprise value of "
            "approximately $6.4 billion.\n")
    q = ("What cash price per share did Kestrel Therapeutics agree to pay for Lumora Bio, and what total enterprise value "
         "did that represent?")
    ex = _ask(q, page, KESTREL)
    assert len(ex.parts) == 2 and all(p is not None for p in ex.picks), [r[:1] for r in ex.ranked]


def test_a_sentence_stating_one_figure_is_not_measured_against_the_whole_question():
    page = "At the end of fiscal 2024, the Company operated 644 stores.\n"
    q = "How many stores did Torvale Outfitters have open at the end of fiscal 2024, and what was their total square footage?"
    ex = _ask(q, page, TORVALE)
    assert ex.picks[1] is None  # no square footage stated: that part is not answered


# -- ", to whom,", ", at what average price,": a question word after a comma opens a part of its own

def test_a_question_word_after_a_comma_opens_a_part_of_its_own():
    def parts(q):
        return [a.text for a in Q.read_question(q)]

    assert parts("What plant did Kestrel Therapeutics sell in the first quarter of 2025, to whom, and what gain did it "
                 "record?") == ["What plant did Kestrel Therapeutics sell in the first quarter of 2025", "to whom",
                                "what gain did it record"]
    assert parts("In the third quarter of 2024, how many shares did Torvale repurchase, at what average price, and how "
                 "much remained under its plan?")[1] == "at what average price"
    assert parts("In 2024, what was Torvale's revenue?") == ["In 2024, what was Torvale's revenue"]  # a setting, no part


SALE = ("Divestiture\n"
        "In March 2025, we sold our Brenton manufacturing plant. We recognized a gain on sale of the plant of $41.2 "
        "million in the first quarter of 2025.\n"
        "Our Chief Executive Officer reviews the segments on operating income.\n")


def test_a_who_part_is_answered_only_by_a_quote_naming_a_party_after_its_preposition():
    q = "What plant did Kestrel Therapeutics sell in the first quarter of 2025, to whom, and what gain did it record?"
    ex = _ask(q, SALE, KESTREL, NearEmbedder())
    assert ex.parts[1].text == "to whom" and ex.picks[1] is None  # no buyer named: said not to be found
    assert ex.partial
    sold = SALE.replace("we sold our Brenton manufacturing plant", "we sold our Brenton manufacturing plant to Ostrava "
                        "Contract Pharma")
    ex = _ask(q, sold, KESTREL, NearEmbedder())
    assert ex.picks[1] is not None and "Ostrava" in ex.picks[1].candidate.text


ONE_SENTENCE_SALE = ("Divestiture\n"
                     "In February 2025 we sold the land and building of a closed plant in Dayton, Ohio to a regional "
                     "logistics developer for net proceeds of $22.5 million and recognized a gain of $9.1 million, which "
                     "is included in other operating income.\n"
                     "Our Chief Executive Officer reviews the segments on operating income.\n")
SALE_Q = "What property did Kestrel Therapeutics sell in the first quarter of 2025, to whom, and what gain did it recognize?"


def test_a_party_described_rather_than_named_answers_the_who_part():
    ex = _ask(SALE_Q, ONE_SENTENCE_SALE, KESTREL, NearEmbedder())
    assert all(p is not None for p in ex.picks) and not ex.partial, [a.text for a in ex.parts]
    third = ONE_SENTENCE_SALE.replace("to a regional logistics developer", "to an unaffiliated third party")
    ex = _ask(SALE_Q, third, KESTREL, NearEmbedder())
    assert ex.picks[1] is not None and not ex.partial


def test_to_followed_by_no_party_does_not_answer_the_who_part_and_the_gain_part_stands():
    unnamed = ONE_SENTENCE_SALE.replace(" to a regional logistics developer", "").replace(
        "which is included in other operating income", "which added to a lesser extent to other operating income")
    ex = _ask(SALE_Q, unnamed, KESTREL, NearEmbedder())
    assert ex.picks[1] is None and ex.partial  # no buyer said: that part is said not to be found
    # "what gain did it recognize": "it" is the seller, not the unnamed buyer; the gain part is still answered
    assert ex.picks[2] is not None and "$9.1 million" in ex.picks[2].candidate.text


def test_a_sentence_dated_by_its_source_alone_does_not_answer_for_that_year():
    from assistant.types import DocMeta
    meta = DocMeta(doc_id="drob", doc="floor_robots_2025", source="/r/floor_robots_2025.md", doc_type="report")
    page = ("Market size\n"
            "Our note of March 2025 gave 2024 revenue of $12.1 billion, with handheld units at $3.2 billion; the handheld "
            "figure was revised to $3.5 billion after Fabrikam disclosed its unit sales.\n"
            "Handheld units accounted for 26% of floor-robot revenue in 2024 and 31% in 2025.\n")
    q = "How big was the floor-robot market in 2025, and how much of it was handheld units?"
    ex = _ask(q, page, meta)
    # the note's figures are 2024's (several figures, near the whole question): never the 2025 market's size
    assert ex.picks[0] is None or "Our note" not in ex.picks[0].candidate.text, ex.picks[0].candidate.text


def test_a_several_figure_sentence_near_the_whole_question_does_not_answer_a_part_it_says_nothing_of():
    page = ("Acquisitions\n"
            "On April 2, 2025, we agreed to acquire Lumora Bio for $118 in cash per share, for a total enterprise value "
            "of approximately $6.4 billion.\n")
    q = ("What cash price per share did Kestrel Therapeutics agree to pay for Lumora Bio, and how large a reverse "
         "termination fee would Kestrel owe if the deal failed to win antitrust clearance?")
    ex = _ask(q, page, KESTREL)
    assert ex.picks[0] is not None and ex.picks[1] is None and ex.partial, [a.text for a in ex.parts]
