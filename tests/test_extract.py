"""The extractive answerer (answer/extract.py): question reading, candidates, scoring rules, selection, rendering.

Every report sentence below is written for these tests in the style of analysts' notes and filings.
"""

from __future__ import annotations

from dataclasses import replace

from assistant.answer import question as Q
from assistant.answer import candidates as C
from assistant.answer import scoring as S
from assistant.answer import gates as G
from assistant.answer import shown as W
from assistant.answer import pickers as P
from assistant.answer import extract as X
from assistant.answer import render as R
from assistant.answer.candidates import Candidate
from assistant.answer.extract import Extraction
from assistant.answer.gates import Scored
from assistant.answer.question import read_question
from assistant.answer.render import PARTIAL_TEXT, render
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

from extract_pages import CLOUD, META_FILING, META_REPORT, PAGES, ask, cands, find, hit_for, page_text
from finance_filings import meta
from one_page import NearEmbedder
from test_extract_joint_parts import _ask


# --------------------------------------------------------------------------------------------- scoring rules


def test_a_change_question_needs_the_change_stated_for_both_years():
    asked = Q.read_question("By how much did Northwind's capital expenditure increase from 2023 to 2024?")[0]
    assert S.type_score(asked, find("Northwind Cloud raised"), asked.text) == 1.0
    # a row quoting both years' levels: the change is computed from them (prose_changes), both shown
    asked = Q.read_question("By how much did Lumen's capital expenditure increase from 2023 to 2024?")[0]
    assert S.type_score(asked, find("Lumen:"), asked.text) == 1.0
    assert W.answer_figure(asked, find("Lumen:")) == "Up $2.7 billion (+34.2%): 10.6 (2024) against 7.9 (2023), US$ billions"
    asked = Q.read_question("By how much did Lumen's capital expenditure increase from 2022 to 2024?")[0]
    assert S.type_score(asked, find("Lumen:"), asked.text) == 0.0  # no 2022 column, no change stated


# ------------------------------------------------------------------------------------------ extract + render


def test_extract_picks_the_sentence_that_answers_and_cites_it():
    ex = ask("How much does Northwind expect to spend on capital expenditure in 2025?")
    assert ex.answered
    assert ex.picks[0].candidate.text.startswith("Northwind expects capital expenditure of $38 billion")
    text, citations, v = R.render(ex, page_text)
    assert text.splitlines()[0] == "$38 billion to $42 billion (2025), from “Cloud Infrastructure Outlook 2025” (cloud_outlook_2025), p. 1:"
    assert "“Northwind expects capital expenditure of $38 billion to $42 billion in 2025.” [1]" in text
    assert citations[0].quote in CLOUD and citations[0].page == 1
    assert v.supported


def test_extract_declines_a_company_the_reports_do_not_cover():
    ex = ask("What were Oracle's capital expenditures in 2024?")
    assert not ex.answered


def test_extract_declines_a_year_the_reports_do_not_reach():
    ex = ask("What was Northwind's capital expenditure in 2019?")
    assert not ex.answered


def test_two_companies_are_each_answered():
    ex = ask("How much do Northwind and Lumen plan to spend on capital expenditure in 2025?")
    texts = sorted(p.candidate.text for p in ex.picks if p)
    assert len(texts) == 2
    assert texts[0].startswith("Lumen said it would invest") and texts[1].startswith("Northwind expects")


def test_a_list_comes_back_as_a_list():
    ex = ask("Which deployment options does the report compare?")
    text, _, _ = R.render(ex, page_text)
    lines = text.splitlines()
    assert lines[0].endswith("a list of three:")
    assert lines[1] == "The report compares three deployment options: [1]"
    assert lines[2:] == ["- public cloud regions operated by the hyperscalers", "- colocation halls leased from developers",
                         "- on-premises clusters owned by the enterprise"]  # fmt: skip


def test_a_yes_no_answer_opens_with_the_verdict_and_quotes_it():
    ex = ask("Did Lumen give a capital expenditure figure for 2026?")
    text, _, _ = R.render(ex, page_text)
    assert text.startswith("No.\nFrom ")
    assert "“Lumen did not give a figure for 2026.” [1]" in text


def test_a_filing_is_named_by_company_year_and_form():
    ex = ask("What drove Acme Retail's gross margin decrease in fiscal 2023?", ("dacme", 40))
    text, _, _ = R.render(ex, page_text)
    assert text.startswith("From Acme Retail's 2023 10-K, p. 40:")
    assert "primarily due to higher freight costs" in text


def test_allowed_docs_restrict_candidates_to_the_asked_company():
    hits = [hit_for("dcloud", 1, 0), hit_for("dacme", 40, 1)]
    ex = X.extract("Why did gross margin decrease in fiscal 2023?", hits, HashEmbedder(), page_text=page_text,
                   allowed_docs={"dcloud"}, threshold=0.0)  # fmt: skip
    assert all(p is None or p.candidate.doc_id == "dcloud" for p in ex.picks)
    assert all(s.candidate.doc_id == "dcloud" for r in ex.ranked for s in r)


# ------------------------------------------------------------------------------------------ the answer figure


def test_an_amount_answer_opens_with_its_figure_and_a_list_answer_with_its_source():
    ex = ask("How much does Lumen plan to invest in data centres in 2025?")
    text, _, _ = R.render(ex, page_text)
    assert text.startswith("$12 billion (2025), from “Cloud Infrastructure Outlook 2025” (cloud_outlook_2025), p. 1:")


def test_to_answer_modes():
    from assistant.types import Answer

    ex = ask("How much does Lumen plan to invest in data centres in 2025?")
    ans = R.to_answer(ex, Answer(question="q", text=""), page_text)
    assert ans.mode == "extract" and not ans.refused and ans.citations[0].n == 1
    ex = ask("Is Northwind a capital-intensive business?")
    if ex.answered:  # evidence without a verdict is quoted, not asserted
        ans = R.to_answer(ex, Answer(question="q", text=""), page_text)
        assert ans.mode == "fallback" and ans.text.startswith(R.NO_VERDICT_TEXT)


# ------------------------------------------------------------------------------------------ in the answerer


class _Index:
    def page_text(self, doc_id, page):
        return PAGES.get((doc_id, page))

    def facts(self, **filters):
        return []

    def documents(self):
        return [META_REPORT, META_FILING]


class _Retriever:
    """Hands out fixed hits and carries an embedder, as the real retriever does."""

    def __init__(self, hits, evidence=0.9):
        self.hits, self.evidence_score, self.embedder = hits, evidence, HashEmbedder()

    def search(self, query, k=8, filters=None, steer=True):
        return self.hits[:k]

    def evidence(self, query, hits):
        return self.evidence_score


def _answerer(llm=None, hits=None, **kw):
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    hits = hits if hits is not None else [hit_for("dcloud", 1), hit_for("dacme", 40, 1)]
    return Answerer(_Retriever(hits), llm or FakeLLM("I don't know."), Settings(llm="fake", **kw), index=_Index())


def test_the_answerer_quotes_the_extractive_answer_without_generating():
    from assistant.llm.fake import FakeLLM

    llm = FakeLLM("Northwind will spend $99 billion [1].")
    ans = _answerer(llm).ask("How much does Northwind expect to spend on capital expenditure in 2025?")
    assert ans.mode == "extract" and not ans.refused and not llm.prompts  # no generation
    assert ans.text.startswith("$38 billion to $42 billion (2025), from")
    assert ans.citations[0].quote.startswith("Northwind expects capital expenditure of $38 billion")
    assert ans.verification.supported and ans.timings_ms["generate"] == 0.0


def test_a_company_question_declines_with_that_companys_passages_only():
    ans = _answerer().ask("What was Acme Retail's dividend per share in fiscal 2023?")
    assert ans.refused
    assert all(c.doc == "ACME_2023_10K" for c in ans.citations)


def test_a_larger_model_may_reword_the_quoted_evidence_and_is_checked():
    from assistant.llm.fake import FakeLLM

    q = "How much does Northwind expect to spend on capital expenditure in 2025?"
    good = FakeLLM("Northwind expects to spend $38 billion to $42 billion on capital expenditure in 2025 [1].")
    ans = _answerer(good, rephrase="always").ask(q)
    assert ans.mode == "rag" and ans.text == good.script
    assert "Northwind expects capital expenditure" in good.prompts[0].text  # only the selected evidence
    assert "Harbor Systems" not in good.prompts[0].text
    bad = FakeLLM("Northwind expects to spend $50 billion in 2025 [1].")
    ans = _answerer(bad, rephrase="always").ask(q)
    assert ans.mode == "extract" and "$50 billion" not in ans.text
    quiet = FakeLLM("Northwind expects to spend $38 billion to $42 billion on capital expenditure in 2025 [1].")
    assert _answerer(quiet).ask(q).mode == "extract" and not quiet.prompts  # the bundled model does not reword


def test_a_question_about_a_group_quotes_each_members_answer():
    asked = Q.read_question("How much do the cloud providers plan to spend in 2025?")[0]
    pool = cands()
    north, lumen, again = (find("Northwind expects", pool), find("Lumen said", pool), find("Northwind Cloud raised", pool))
    ranked = [G.Scored(north, 0.80), G.Scored(again, 0.78), G.Scored(lumen, 0.75), G.Scored(find("Harbor", pool), 0.6)]
    others = P._other_subjects(asked, ranked, ranked[0], 0.5, {"northwind", "lumen", "harbor"})
    assert [s.candidate for s in others] == [lumen]  # one more member; not Northwind twice, not one far below
    one = Q.read_question("How much does Northwind plan to spend in 2025?")[0]
    assert P._other_subjects(one, ranked, ranked[0], 0.5, set()) == []


def test_a_question_about_one_company_quotes_one_answer():
    ex = ask("How much does Northwind plan to invest in capital expenditure in 2025?")
    assert ex.others == [[]]


# ---------------------------------------------------------------- the asked report: type and fiscal period


META_10K_2021 = DocMeta(doc_id="dk21", doc="CONTOSO_2021_10K", source="/r/CONTOSO_2021_10K.pdf",
                        company="Contoso Pharma", doc_type="10-K", fiscal_year=2021, period="FY2021")  # fmt: skip


META_10K_2019 = DocMeta(doc_id="dk19", doc="CONTOSO_2019_10K", source="/r/CONTOSO_2019_10K.pdf",
                        company="Contoso Pharma", doc_type="10-K", fiscal_year=2019, period="FY2019")  # fmt: skip


META_10Q_2023 = DocMeta(doc_id="dq23", doc="CONTOSO_2023Q2_10Q", source="/r/CONTOSO_2023Q2_10Q.pdf",
                        company="Contoso Pharma", doc_type="10-Q", fiscal_year=2023, period="Q2 2023")  # fmt: skip


CONTOSO_DOCS = [META_10K_2021, META_10K_2019, META_10Q_2023, META_REPORT]


def test_a_question_about_this_10k_is_not_answered_from_a_10q():
    allowed = C.asked_report_docs("Which companies did Contoso acquire, as mentioned in this 10-K?", CONTOSO_DOCS)
    assert allowed == {"dk21", "dk19", "dcloud"}  # the 10-Q is out; an industry report is not a filing


def test_a_stated_fiscal_year_keeps_that_years_report():
    assert C.asked_report_docs("What drove Contoso's revenue growth in FY2019?", CONTOSO_DOCS) == {"dk19", "dcloud"}
    assert C.asked_report_docs("As of Q2 2023, is Contoso spinning off a segment?", CONTOSO_DOCS) == {"dq23", "dcloud"}
    assert C.asked_report_docs("In FY2021 and FY2019, what were Contoso's risks?", CONTOSO_DOCS) == {
        "dk21", "dk19", "dcloud"}  # fmt: skip
    # a year no report is for: no restriction by period (a later report may state it)
    assert C.asked_report_docs("What did Contoso earn in 2017?", CONTOSO_DOCS) is None
    # neither type nor period stated: no restriction
    assert C.asked_report_docs("Does Contoso depend on few suppliers?", CONTOSO_DOCS) is None
    # a type the company has no filing of: only reports that are not filings remain
    assert C.asked_report_docs("What did Contoso's 8-K say about its notes?", CONTOSO_DOCS) == {"dcloud"}


ACQ_10Q = """Our Business and Strategy
Contoso Pharma is a research-based, global biopharmaceutical company.
In the second quarter of 2023 we completed the acquisitions of Verdant Bio and Halden Labs.
"""


ACQ_10K = """Note 2. Acquisitions
During 2021 we acquired three companies: Larkspur Bio, Quillon Therapeutics and Meridel Labs.
"""


class _ContosoIndex(_Index):
    def page_text(self, doc_id, page):
        return {("dq23", 41): ACQ_10Q, ("dk21", 70): ACQ_10K}.get((doc_id, page))

    def documents(self):
        return CONTOSO_DOCS


class _FilteringRetriever(_Retriever):
    """Steered to the company (the 10-Q ranks first), and honouring a filter of documents as the real one does."""

    def __init__(self, hits, more):
        super().__init__(hits)
        self.more, self.filters = more, []

    def search(self, query, k=8, filters=None, steer=True):
        self.filters.append(filters)
        if filters is not None and filters.docs:
            return [h for h in self.more if h.chunk.doc_id in filters.docs]
        return self.hits[:k]


def _contoso_hit(meta, page, text, rank):
    c = Chunk(chunk_id=f"{meta.doc_id}:{page}", doc_id=meta.doc_id, doc=meta.doc, source=meta.source, page=page,
              page_end=page, start=0, end=len(text), text=text, ordinal=page)  # fmt: skip
    return Hit(chunk=c, score=1.0 / (1 + rank), rank=rank, meta=meta)


def test_the_answerer_quotes_the_asked_report_type_only():
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    q = "What are three companies acquired by Contoso mentioned in this 10-K report?"
    q10 = _contoso_hit(META_10Q_2023, 41, ACQ_10Q, 0)
    k21 = _contoso_hit(META_10K_2021, 70, ACQ_10K, 0)
    retriever = _FilteringRetriever([q10], [k21])
    a = Answerer(retriever, FakeLLM("I don't know."), Settings(llm="fake"), index=_ContosoIndex())
    ans = a.ask(q)
    assert ans.mode != "extract" or all(c.doc == "CONTOSO_2021_10K" for c in ans.citations)
    assert any(f is not None and "dk21" in f.docs for f in retriever.filters)  # searched within the asked report
    # what the extractive answerer then picks from those hits (a lower threshold: the hash embedder's
    # similarities are near zero)
    allowed = C.asked_report_docs(q, CONTOSO_DOCS)
    ex = X.extract(q, [q10, k21], HashEmbedder(), page_text=_ContosoIndex().page_text, allowed_docs=allowed,
                   threshold=0.4)  # fmt: skip
    assert ex.picks[0] is not None and "Larkspur Bio" in ex.picks[0].candidate.text
    # without the 10-K among the hits and none found in it, the 10-Q is not quoted for "this 10-K"
    empty = Answerer(_FilteringRetriever([q10], []), FakeLLM("I don't know."), Settings(llm="fake"),
                     index=_ContosoIndex())  # fmt: skip
    ans = empty.ask("What are three companies acquired by Contoso mentioned in this 10-K report?")
    assert ans.mode != "extract"  # declined (its closest passages may be listed, as passages, not as the answer)


# ------------------------------------------------------------- a question that names no company, many filers


META_OTHER_FILER = DocMeta(doc_id="dbolt", doc="BOLTWORKS_2023_10K", source="/r/BOLTWORKS_2023_10K.pdf",
                           company="Boltworks Industrial", doc_type="10-K", fiscal_year=2023)  # fmt: skip


def test_is_filing_tells_a_filers_own_report_from_an_industry_report():
    assert C.is_filing(META_FILING) and C.is_filing(META_OTHER_FILER)
    assert not C.is_filing(META_REPORT)
    assert not C.is_filing(DocMeta(doc_id="x", doc="x", source="", company="Acme Retail", doc_type="market report"))


def test_unnamed_company_may_not_be_answered_from_one_of_several_filers():
    docs = [META_REPORT, META_FILING, META_OTHER_FILER]
    assert C.unnamed_filer_docs(True, docs) is None  # the question names a company: its own rules apply
    assert C.unnamed_filer_docs(False, docs) == {"dcloud"}  # only the industry report may answer
    assert C.unnamed_filer_docs(False, [META_REPORT, META_FILING]) is None  # one filer: no doubt who "it" is
    assert C.unnamed_filer_docs(False, [META_FILING, META_OTHER_FILER]) == set()


class _TwoFilerIndex(_Index):
    def documents(self):
        return [META_REPORT, META_FILING, META_OTHER_FILER]


def test_the_answerer_does_not_quote_one_filer_for_a_question_naming_no_company():
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    q = "Does the company depend on a limited number of suppliers?"
    one = _answerer(hits=[hit_for("dacme", 40)])
    assert one.ask(q).mode == "extract"  # one filer in the index: its filing answers for "the company"
    two = Answerer(_Retriever([hit_for("dacme", 40)]), FakeLLM("I don't know."), Settings(llm="fake"),
                   index=_TwoFilerIndex())  # fmt: skip
    ans = two.ask(q)
    assert ans.mode != "extract"  # Acme's sentence may be about another filer's question: not quoted as the answer
    named = two.ask("Does Acme Retail depend on a limited number of suppliers?")
    assert named.mode == "extract" and "limited number of suppliers" in named.text  # naming the filer lets it answer


def test_a_change_in_points_needs_the_points_stated():
    # a level alone is no change; the level and the one it replaces ("(previously 5 percent)") give the change
    # computed (prose_revisions, tests/test_prose_revisions.py); the change stated in points answers as it stands
    q = "By how many percentage points did Contoso raise its full-year guidance for organic revenue growth?"
    asked = Q.read_question(q)[0]
    level = C.page_candidates("Given our strong start, we now expect full-year organic revenue to increase 7 percent.",
                              meta=META_FILING)[0]  # fmt: skip
    revised = C.page_candidates("Given our strong start, we now expect full-year organic revenue to increase 7 percent "
                                "(previously 5 percent).", meta=META_FILING)[0]  # fmt: skip
    points = C.page_candidates("Contoso raised its organic revenue growth guidance by 2 percentage points to 7 percent.",
                               meta=META_FILING)[0]  # fmt: skip
    assert S.type_score(asked, level, q) == 0.0 and S.type_score(asked, points, q) > 0.0
    assert S.type_score(asked, revised, q) == 1.0
    assert W.answer_figure(asked, revised) == "Up 2 percentage points: 7 percent against 5 percent previously"


CREDIT = """Item 8.01. Other Events.
On May 26, 2023, Acme Retail entered into a new $4,200,000,000 five year unsecured revolving credit agreement.
On May 26, 2023, Acme Retail entered into a new $3,100,000,000 364 day unsecured revolving credit agreement.
"""


def test_a_generated_answer_giving_one_item_of_an_asked_total_is_declined(monkeypatch):
    from assistant.llm.fake import FakeLLM

    monkeypatch.setitem(PAGES, ("dacme", 41), CREDIT)
    q = "What is the total amount Acme Retail may borrow under its revolving credit agreements?"
    assert S.asks_sum(q) and not S.asks_sum("What was Acme Retail's total revenue in 2023?")
    assert not S.asks_sum("What is the FY2023 total amount of inventories for Acme Retail?")  # one line item
    assert S.asks_sum("What was the combined capital expenditure of the four providers?")
    one = FakeLLM("Acme Retail may borrow $4,200,000,000 under its five year revolving credit agreement [1].")
    ans = _answerer(one, hits=[hit_for("dacme", 41)]).ask(q)
    assert ans.refused and "4,200,000,000 under" not in ans.text
    # the same draft for a question that asks for that one agreement is shown
    ans = _answerer(FakeLLM("Acme Retail may borrow $4,200,000,000 under its five year revolving credit agreement [1]."),
                    hits=[hit_for("dacme", 41)]).ask("How much may Acme Retail borrow under its five year agreement?")
    assert "4,200,000,000" in ans.text


def test_the_bundled_small_model_writes_no_answers_unless_told_to(monkeypatch):
    """settings.generate: with the bundled 270M model (llm="llama", no model_path) a question no quote answers is
    declined with the closest passages and the model is not asked; another model, or generate="always", is
    asked to write the answer (which is then checked as before)."""
    from assistant.answer.answerer import Answerer
    from assistant.config import Settings
    from assistant.llm.fake import FakeLLM

    monkeypatch.setitem(PAGES, ("dacme", 41), CREDIT)
    q = "Which bank is the administrative agent of Acme Retail's credit agreements?"  # no sentence says

    def answerer(**kw):
        llm = FakeLLM("The administrative agent is Northwind Bank [1].")
        return llm, Answerer(_Retriever([hit_for("dacme", 41)]), llm, Settings(**kw), index=_Index())

    llm, a = answerer(llm="llama")
    ans = a.ask(q)
    assert ans.refused and ans.mode == "refused" and not llm.prompts
    assert ans.citations and all(c.doc == "ACME_2023_10K" for c in ans.citations)
    assert ans.timings_ms["generate"] == 0.0
    for kw in ({"llm": "llama", "generate": "always"}, {"llm": "llama", "model_path": "/models/larger.gguf"},
               {"llm": "openai"}, {"llm": "fake"}):
        llm, a = answerer(**kw)
        a.ask(q)
        assert len(llm.prompts) == 1, kw
    llm, a = answerer(llm="fake", generate="never")
    assert a.ask(q).refused and not llm.prompts


def test_money_borrowed_drawn_or_raised_is_asked_in_money():
    # a liquidity sentence's "next 12 months" is no answer to how much can still be drawn
    for q in ("How much could Northwind still draw on its revolving credit facility at year end?",
              "How much did Contoso borrow under its term loan in 2025?",
              "How much cash did Fabrikam raise in its bond offering?",
              "How much remained available on Tailspin's line of credit?"):
        assert Q.read_question(q)[0].unit == "money", q
    assert Q.read_question("How much power does the Contoso R9 rack draw?")[0].unit != "money"
    assert P._names_instrument("How much power does the Contoso R9 rack draw?", "The R9 rack draws 120 kW.")
    page = ("Liquidity. We believe that cash on hand, cash from operations and availability under the revolving credit "
            "facility will be sufficient to fund our operations for at least the next 12 months.\n\nAt January 31, "
            "2026, we had $212.5 million available to draw under the revolving credit facility.\n")
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dmf", doc="WRENFIELD_2025_10K", source="/r/w.md", company="Wrenfield Apparel",
                   doc_type="10-K", fiscal_year=2025)
    ex = ask_one_page("How much could Wrenfield Apparel still draw on its revolving credit facility at the end of "
                      "fiscal 2025?", page, meta)
    shown = W.answer_figure(ex.parts[0], ex.picks[0].candidate) if ex.picks[0] else None
    assert shown is None or "month" not in shown, shown


def test_a_share_is_no_volume_and_no_growth_rate():
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dre", doc="TERNRIDGE_2025_10K", source="/r/t.md", company="Ternridge Energy",
                   doc_type="10-K", fiscal_year=2025)
    page = "Production. Natural gas liquids made up 27% of our production in 2025.\n"
    for q in ("What was Ternridge Energy's average daily production in 2025?",
              "By what percentage did Ternridge Energy's production grow in 2025?"):
        ex = ask_one_page(q, page, meta)
        assert ex.picks[0] is None, (q, ex.picks[0].candidate.text)
    ex = ask_one_page("What share of Ternridge Energy's production was natural gas liquids in 2025?", page, meta)
    assert ex.picks[0] is not None and "27%" in ex.picks[0].candidate.text


# ---- a multi-part question answered with only some of its parts (session 29) -----------------------------------------
# Session 29 (#11): a multi-part question answered with only some of its parts is never shown as the whole answer.
#
# - a part asking a time ("..., and by when is the sale due to close?") is answered only by a sentence stating a
# time (``question.asks_time``, ``text.periods.states_time``, ``gates.prescore``);
# - "what stake does it keep" asks the part held, a figure (``question._AMOUNT_Q``);
# - a question listing the things it asks after a colon ("...: the costs, the cash portion of them, the price it got
# and the yearly savings?") is answered whole only when each is quoted: more sentences of the same passage are shown
# when they say the others; what none says is a part not found (``question.listed_items``, ``extract._listed_said``).
#
# Every sentence and question below is written for these tests (fictional filers).

BRANWELL = DocMeta(doc_id="dbrw", doc="BRANWELL_2025_10K", source="/r/BRANWELL_2025_10K.pdf",
                   company="Branwell Instruments", doc_type="10-K", fiscal_year=2025)  # fmt: skip
OSTERLY = DocMeta(doc_id="dost", doc="OSTERLY_2026_10K", source="/r/OSTERLY_2026_10K.pdf",
                  company="Osterly Foods", doc_type="10-K", fiscal_year=2026)  # fmt: skip

SEPARATION = ("Planned separation of the Diagnostics business\n"
              "Branwell Instruments announced its plan to separate its Diagnostics business into an "
              "independent public company.\n"
              "Branwell Instruments may not complete the separation of the Diagnostics business as it expects, and "
              "the costs to complete the separation may exceed its estimates.\n"
              "Management now targets completing the spin-off before the close of its third fiscal quarter of 2026.\n")


def test_a_when_part_is_answered_by_the_sentence_stating_when():
    q = ("What did Branwell Instruments announce about its Diagnostics business, and by when should Branwell "
         "complete the separation of the Diagnostics business?")
    ex = _ask(q, SEPARATION, BRANWELL, NearEmbedder())
    assert len(ex.parts) == 2, ex.parts
    when = ex.picks[1]
    assert when is not None and "third fiscal quarter of 2026" in when.candidate.text, [r[:3] for r in ex.ranked]


def test_a_when_part_with_no_time_stated_is_not_found():
    page = ("Planned separation of the Diagnostics business\n"
            "Branwell Instruments announced its plan to separate its Diagnostics business into an independent public "
            "company.\n"
            "Branwell may not complete the separation of the Diagnostics business, and the separation may cost more "
            "than anticipated.\n")
    q = ("What did Branwell Instruments announce about its Diagnostics business, and by when should Branwell "
         "complete the separation of the Diagnostics business?")
    ex = _ask(q, page, BRANWELL, NearEmbedder())
    assert ex.picks[1] is None, ex.picks[1]
    # the first part is answered, the "by when" part named as not found: a partial answer
    assert ex.answered and ex.partial, (ex.answered, ex.partial)
    assert ex.picks[0] is not None and "announced its plan" in ex.picks[0].candidate.text


EXIT = ("Bakery exit\n"
        "In fiscal 2025 we closed our Dayton bakery and moved its output to our Akron and Toledo plants.\n"
        "We recorded bakery exit costs of $8.6 million in fiscal 2025, of which $5.1 million was non-cash equipment "
        "write-offs and the rest severance.\n"
        "Net sales in fiscal 2026 grew 4% on higher volume.\n"
        "In January 2026 we sold the Dayton bakery for $6.3 million.\n"
        "We expect the exit to save about $7 million a year.\n")


def test_each_listed_thing_is_quoted_from_the_same_passage():
    q = ("What were the financial effects of Osterly's Dayton bakery exit: the costs, their non-cash part, the sale "
         "proceeds and the expected savings?")
    ex = _ask(q, EXIT, OSTERLY, NearEmbedder())
    assert ex.answered and not ex.partial, (ex.parts, ex.picks)
    shown = " ".join(s.candidate.text for k, p in enumerate(ex.picks) if p is not None for s in [p, *ex.others[k]])
    for figure in ("$8.6 million", "$5.1 million", "$6.3 million", "$7 million"):
        assert figure in shown, shown
    assert "grew 4%" not in shown  # a sentence of the page saying none of the listed things is not brought in


def test_a_listed_thing_no_sentence_says_is_a_part_not_found():
    page = EXIT.replace("We expect the exit to save about $7 million a year.\n", "")
    q = ("What were the financial effects of Osterly's Dayton bakery exit: the costs, their non-cash part, the sale "
         "proceeds and the expected savings?")
    ex = _ask(q, page, OSTERLY, NearEmbedder())
    assert ex.partial
    text, _, _ = render(ex)
    assert text.startswith(PARTIAL_TEXT)
    assert "Not in the indexed reports: What were the financial effects of Osterly's Dayton bakery exit: the expected " \
           "savings?" in text, text


PLAN = ("Capital plan\n"
        "Harlow Water expects to invest between $6 billion and $7 billion over the next five years.\n"
        "Of that, capital investment in regulated pipe and plant replacement is expected to be between $5 billion and "
        "$5.5 billion over the next five years.\n")
HARLOW = DocMeta(doc_id="dhar", doc="HARLOWWATER_2025_10K", source="/r/HARLOWWATER_2025_10K.pdf",
                 company="Harlow Water", doc_type="10-K", fiscal_year=2025)  # fmt: skip


def test_one_side_quoted_is_no_answer_to_both():
    q = ("What is Harlow Water's five-year investment plan, and how much of the plan goes to regulated plant "
         "replacement rather than acquisitions?")
    ex = _ask(q, PLAN, HARLOW, NearEmbedder())
    assert ex.answered and ex.side_missing  # the answerer declines rather than show one side for both


# ---- a yearless sentence never answers a later fiscal year (session 28) ----------------------------------------------
# Session 28 (#10): a filing's sentence that states no year speaks of the filing's own period, so it never answers a
# question about a fiscal year later than every fiscal year the filing names with a closing date. Release text written
# for these tests (a fictional specialty retailer, Brackenridge Outfitters).

B = replace(meta("BRACKENRIDGE_2025Q4_EARNINGS", "Brackenridge Outfitters, Inc.", 2025), period="Q4 2025",
            doc_type="earnings release", pages=2)
PAGE1 = """March 12, 2025
Brackenridge Outfitters Reports Fourth Quarter and
Fiscal 2024 Results
Brackenridge Outfitters, Inc. today reported results for the thirteen-week period ("fourth quarter") and
fifty-two-week period ("fiscal year") ended February 1, 2025 compared to the same periods ended February 3, 2024.
"This was a milestone year: we crossed 12 million loyalty members and opened our 400th store."
"""
BRACKENRIDGE_PAGES = {(B.doc_id, 1): PAGE1, (B.doc_id, 2): "Store count by region"}
SENTENCE = "This was a milestone year: we crossed 12 million loyalty members and opened our 400th store."


def _extraction(question: str) -> Extraction:
    start = PAGE1.index("This was")
    c = Candidate(B.doc_id, B.doc, B.source, 1, start, start + len(SENTENCE), SENTENCE, "sentence", meta=B)
    parts = read_question(question)
    parts = parts if isinstance(parts, list) else [parts]
    return Extraction(question, parts, [Scored(c, 0.9)] * len(parts), [None] * len(parts), [[]] * len(parts))


def brackenridge_page_text(doc_id: str, page: int) -> str | None:
    return BRACKENRIDGE_PAGES.get((doc_id, page))


def test_a_yearless_sentence_does_not_answer_a_later_fiscal_year():
    ex = _extraction("How many loyalty members did Brackenridge Outfitters have at the end of fiscal 2025 "
                     "(January 31, 2026)?")
    assert ex.after_named_years(brackenridge_page_text)


def test_the_filing_s_own_fiscal_year_is_still_answered():
    ex = _extraction("How many loyalty members did Brackenridge Outfitters have at the end of fiscal 2024?")
    assert not ex.after_named_years(brackenridge_page_text)
    ex = _extraction("How many loyalty members did Brackenridge Outfitters have?")
    assert not ex.after_named_years(brackenridge_page_text)


def test_a_year_the_quote_never_gives_a_figure_of_is_not_answered():
    """Session 33 (#10): the extractive answer drops a pick stating only another year's figures (``dated_elsewhere``):
    not even quoted without a headline."""
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dbt", doc="brackwell_q2_2026_release", source="/r/b.md", company="Brackwell Towers",
                   doc_type="8-K", fiscal_year=2026)
    page = ("Licensing. Similar to fiscal 2026, our studios recognized $148 million of licensing revenue in "
            "fiscal 2025, with an equal impact on gross profit.\n")
    ex = ask_one_page("How much licensing revenue did Brackwell Towers' studios generate in fiscal 2026?", page, meta)
    assert ex.picks[0] is None, ex.picks[0].candidate.text
    ex = ask_one_page("How much licensing revenue did Brackwell Towers' studios generate in fiscal 2025?", page, meta)
    assert ex.picks[0] is not None


def test_a_comparison_with_an_unanswered_figure_is_not_answered():
    """Session 33 (#10): "..., and how did it compare with fiscal 2025?" compares the part before's figure; when that
    part is not found, a figure of the other period alone (here a segment's) compares nothing: no part is answered,
    never a partial answer quoting the neighbour figure."""
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dvx", doc="VANTOR_2025_10K", source="/r/v.md", company="Vantor Devices", doc_type="10-K",
                   fiscal_year=2025)
    page = ("Segment results. Embedded Systems net revenue of $2.4 billion in 2025 decreased by 18% compared to $2.9 "
            "billion in 2024, as a result of lower unit shipments.\n")
    for q in ("What net revenue did Vantor Devices report for fiscal year 2026, and how did it compare with fiscal 2025?",
              "What was Vantor Devices' net revenue in 2026, and how does that compare to 2025?",
              "What were Vantor Devices' net revenues for fiscal 2026, and how did they compare with fiscal 2025?"):
        ex = ask_one_page(q, page, meta)
        assert len(ex.parts) == 2 and not ex.answered, (q, [p and p.candidate.text for p in ex.picks])
