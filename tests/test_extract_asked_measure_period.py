"""#10/#11 a "what" question's measure and quarter on a filer's own filings: an annual report's sentence stating the
year's figures does not answer for a quarter, nor does a sentence naming another quarter; a sentence stating figures of
measures other than the one the question names ("What gain did it record ...?" and the sale's price) is no answer; nor
is a sentence whose subject is the party the question sets aside ("as opposed to through franchisees"). Fictional filers, filings, sentences and questions written for these tests."""

from __future__ import annotations

from assistant.answer import extract as X
from assistant.answer import question as Q
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

BRINDLE = DocMeta(doc_id="dbr", doc="brindlewood_10k_2025", source="/r/brindlewood_10k_2025.html",
                  company="Brindlewood Survey Labs", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
OSTRANDER = DocMeta(doc_id="dos", doc="ostrander_mills_10k_2025", source="/r/ostrander_mills_10k_2025.html",
                    company="Ostrander Mills", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
FENWICK = DocMeta(doc_id="dfw", doc="fenwick_harbor_10k_2025", source="/r/fenwick_harbor_10k_2025.html",
                  company="Fenwick Harbor Logistics", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip

BRINDLE_MDA = ("Overview\n\nNet new orders rose 8.2% to $1,412.6 million in 2025, compared with $1,305.5 million in 2024. "
               "Our ten largest customers accounted for 44% of revenue in 2025 and 41% in 2024. "
               "We employed about 6,200 people at year end.\n")
OSTRANDER_MDA = ("Results of operations\n\nBookings for the year totaled $640.0 million, up from $598.4 million, as paper "
                 "mills in the Midwest replaced older lines. In the fourth quarter of 2025 bookings were $171.2 million. "
                 "Our five largest customers generated 37% of net sales.\n")
FENWICK_SALE = ("Dispositions\n\nIn March 2025 we agreed to sell our Dover terminal to a regional operator for approximately "
                "$41 million. Our three largest shipping lines accounted for 52% of revenue in 2025.\n")
FENWICK_GAIN = FENWICK_SALE + "We recorded a gain of $12.3 million on the sale of the Dover terminal in June 2025.\n"


def _ask(question: str, meta: DocMeta, page: str, threshold: float = 0.3) -> X.Extraction:
    c = Chunk(chunk_id=f"{meta.doc_id}:3", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=3, page_end=3,
              start=0, end=len(page), text=page, ordinal=1)  # fmt: skip
    short = meta.company.split()[0]
    return X.extract(question, [Hit(chunk=c, score=1.0, rank=0, meta=meta)], HashEmbedder(),
                     page_text=lambda d, p: page, aliases=lambda cand: (meta.company, short), threshold=threshold)


def _quoted(ex: X.Extraction) -> list[str]:
    return [p.candidate.text for p in ex.picks if p is not None]


def test_an_annual_reports_year_figure_does_not_answer_for_a_quarter():
    # rule: a quarter asked, and a 10-K sentence naming no quarter, month or date: its figures are the whole year's
    ex = _ask("What were Brindlewood's net new orders in the fourth quarter of 2025?", BRINDLE, BRINDLE_MDA)
    assert not ex.answered, _quoted(ex)
    ex = _ask("What were Brindlewood's net new orders in 2025?", BRINDLE, BRINDLE_MDA)
    assert ex.answered and _quoted(ex)[0].startswith("Net new orders rose 8.2%")
    # another wording: the year's bookings do not answer the third quarter; the fourth quarter's sentence answers it
    ex = _ask("What were Ostrander Mills' bookings in the third quarter of 2025?", OSTRANDER, OSTRANDER_MDA)
    assert not ex.answered, _quoted(ex)
    ex = _ask("What were Ostrander Mills' bookings in the fourth quarter of 2025?", OSTRANDER, OSTRANDER_MDA)
    assert ex.answered and _quoted(ex)[0].startswith("In the fourth quarter of 2025 bookings were $171.2 million")


def test_a_figure_of_another_measure_does_not_answer_what_the_question_names():
    # rule: a "what" question's measure (the head noun of its noun phrase) must be said by a sentence stating figures
    ex = _ask("What gain did Fenwick Harbor record on the sale of its Dover terminal?", FENWICK, FENWICK_SALE)
    assert not ex.answered, _quoted(ex)
    ex = _ask("What gain did Fenwick Harbor record on the sale of its Dover terminal?", FENWICK, FENWICK_GAIN)
    assert ex.answered and _quoted(ex)[0].startswith("We recorded a gain of $12.3 million")
    ex = _ask("What were Fenwick Harbor's container lifts in 2025?", FENWICK, FENWICK_SALE)
    assert not ex.answered, _quoted(ex)
    # a sentence naming the measure by reference ("its 2025 figure") is not about another measure
    ex = _ask("What were Fenwick Harbor's container lifts in 2025?", FENWICK,
              FENWICK_SALE + "Fenwick Harbor's 2025 figure was revised up from 1.41 million after the Dover count.\n")
    assert ex.answered and "2025 figure was revised up" in _quoted(ex)[0]
    # "what N did it sell?": a sentence saying what it sold names the thing in its own words ("asset" unsaid)
    ex = _ask("What asset did Fenwick Harbor sell in 2025?", FENWICK, FENWICK_SALE)
    assert ex.answered and _quoted(ex)[0].startswith("In March 2025 we agreed to sell our Dover terminal")


def test_the_asked_measure_is_the_head_of_the_questions_noun_phrase():
    assert Q.asked_head("What were Brindlewood's net new orders in the fourth quarter of 2025?") == "orders"
    assert Q.asked_head("What gain did Fenwick Harbor record on the sale of its terminal?") == "gain"
    assert Q.asked_head("What dividend per share did Ostrander declare for 2025?") == "dividend"
    assert Q.asked_head("What share of revenue did its largest customer hold?") == ""  # names the kind, not the measure
    assert Q.asked_head("What did the company say about its outlook?") == ""
    assert Q.asked_act("What asset did Fenwick Harbor sell in 2025?") == "sell"
    assert Q.asked_act("What gain did it record on the sale?") == "record"


CORRIN = DocMeta(doc_id="dcr", doc="corrin_bakeries_10k_2025", source="/r/corrin_bakeries_10k_2025.html",
                 company="Corrin Bakeries", doc_type="10-K", fiscal_year=2025, period="FY2025")  # fmt: skip
CORRIN_STORES = ("Our bakery cafes\n\nOur largest franchisee operated 96 bakery cafes at year end, or 7.1% of franchised "
                 "bakery cafes. Approximately 74% of our bakery cafes were franchised at the end of 2025.\n")
CORRIN_DEPOTS = ("Distribution\n\nAt the end of 2025, independent distributors ran 41 depots under contract, serving "
                 "our rural routes. Fresh bread sales rose 4% in 2025.\n")


def test_a_party_the_question_sets_aside_is_not_the_subject_of_its_answer():
    # rule: "itself, as opposed to through franchisees" sets franchisees aside: a sentence whose subject is a
    # franchisee states the franchisee's figure, not the company's own
    ex = _ask("How many bakery cafes was Corrin Bakeries running itself, as opposed to through franchisees, at the end "
              "of 2025?", CORRIN, CORRIN_STORES)
    assert not any(p is not None and p.candidate.text.startswith("Our largest franchisee") for p in ex.picks), _quoted(ex)
    ex = _ask("How many depots did Corrin Bakeries run at the end of 2025, rather than by independent distributors?",
              CORRIN, CORRIN_DEPOTS)
    assert not any(p is not None and "independent distributors ran" in p.candidate.text for p in ex.picks), _quoted(ex)


def test_the_measure_named_before_the_owners_place_is_the_head():
    """Session 33 (#10): "What was the average net fee per return prepared in X's franchise offices?" asks a fee; the
    owner's phrase after the preposition is where it is taken (its offices), not the measure."""
    assert Q.asked_head("What was the average net fee per return prepared in Ledgerline Tax's franchise offices in "
                        "fiscal 2025?") == "fee"
    assert Q.asked_head("What was the occupancy rate at Quillon Hospitality's managed hotels in 2025?") == "rate"
    assert Q.asked_head("What was the average ticket across Orrin Grill's company-operated restaurants in 2025?") == "ticket"
    assert Q.asked_head("What were Brindlewood's net new orders in the fourth quarter of 2025?") == "orders"
