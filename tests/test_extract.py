"""The extractive answerer (answer/extract.py): question reading, candidates, scoring rules, selection, rendering.

Every report sentence below is written for these tests in the style of analysts' notes and filings.
"""

from __future__ import annotations

import pytest

from assistant.answer import extract as X
from assistant.index.embeddings.hash import HashEmbedder
from assistant.types import Chunk, DocMeta, Hit

# ------------------------------------------------------------------------------------------------ fixtures

CLOUD = """Cloud Infrastructure Outlook 2025
1. Summary
Northwind Cloud raised its capital expenditure to $31.4 billion in 2024, up 48% from $21.2 billion in 2023.
Northwind said the increase was driven by demand for AI training capacity that exceeded its available supply.
Harbor Systems, whose servers are used by Northwind and Lumen, reported revenue of $9.2 billion in 2024.
2. Plans for 2025
Northwind expects capital expenditure of $38 billion to $42 billion in 2025.
Lumen said it would invest approximately $12 billion in data centres in 2025.
Lumen did not give a figure for 2026.
3. Market structure
The report compares three deployment options:
- public cloud regions operated by the hyperscalers
- colocation halls leased from developers
- on-premises clusters owned by the enterprise
Table 2. Capital expenditure by company
(US$ billions)
Company 2023 2024
Northwind Cloud 21.2 31.4
Lumen 7.9 10.6
Total 29.1 42.0
"""

FILING = """Item 7. Management's Discussion and Analysis
Gross margin decreased 1.8 percentage points in fiscal 2023, primarily due to higher freight costs and
promotional pricing in the appliances category.
We depend on a limited number of suppliers for our key components. This concentration could harm our business
if a supplier fails to deliver.
"""

META_REPORT = DocMeta(doc_id="dcloud", doc="cloud_outlook_2025", source="/r/cloud_outlook_2025.md",
                      title="Cloud Infrastructure Outlook 2025")  # fmt: skip
META_FILING = DocMeta(doc_id="dacme", doc="ACME_2023_10K", source="/r/ACME_2023_10K.pdf", company="Acme Retail",
                      doc_type="10-K", fiscal_year=2023)  # fmt: skip
PAGES = {("dcloud", 1): CLOUD, ("dacme", 40): FILING}
METAS = {"dcloud": META_REPORT, "dacme": META_FILING}


def hit_for(doc_id: str, page: int, rank: int = 0) -> Hit:
    meta = METAS[doc_id]
    text = PAGES[(doc_id, page)]
    c = Chunk(chunk_id=f"{doc_id}:{page}", doc_id=doc_id, doc=meta.doc, source=meta.source, page=page,
              page_end=page, start=0, end=len(text), text=text, ordinal=page)  # fmt: skip
    return Hit(chunk=c, score=1.0 / (1 + rank), rank=rank, meta=meta)


def page_text(doc_id: str, page: int) -> str | None:
    return PAGES.get((doc_id, page))


def ask(question: str, *docs: tuple[str, int], threshold: float = 0.3) -> X.Extraction:
    hits = [hit_for(d, p, r) for r, (d, p) in enumerate(docs or [("dcloud", 1)])]
    return X.extract(question, hits, HashEmbedder(), page_text=page_text, threshold=threshold)


def cands(doc_id: str = "dcloud", page: int = 1) -> list[X.Candidate]:
    return X.page_candidates(PAGES[(doc_id, page)], doc_id=doc_id, doc=METAS[doc_id].doc, page_no=page,
                             meta=METAS[doc_id])  # fmt: skip


def find(text_part: str, pool: list[X.Candidate] | None = None) -> X.Candidate:
    return next(c for c in (pool or cands()) if text_part in c.text)


# ------------------------------------------------------------------------------------------ the question


@pytest.mark.parametrize(
    "question, kind",
    [
        ("How much does Northwind plan to spend on data centres in 2025?", "amount"),
        ("What were Lumen's capital expenditures in 2024?", "amount"),
        ("What share of the market did Harbor hold in 2023?", "amount"),
        ("Which deployment options does the report compare?", "list"),
        ("Who buys colocation capacity?", "list"),
        ("Why did Northwind raise its capital expenditure in 2024?", "reason"),
        ("What drove the change in gross margin?", "reason"),
        ("Does the company depend on a few suppliers?", "yesno"),
        ("Looking at VaR, did the risk decrease in the quarter?", "yesno"),
        ("Which company had the highest revenue?", "entity"),
        ("What does the report say about cooling retrofits?", "describe"),
    ],
)
def test_question_kind(question, kind):
    assert X.question_kind(question) == kind


def test_amount_units_follow_the_question():
    assert X.read_question("How much did Lumen spend in 2024?")[0].unit == "money"
    assert X.read_question("What share of capacity did colocation supply in 2024?")[0].unit == "percent"
    assert X.read_question("By how much did Northwind's capex increase from 2023 to 2024?")[0].unit == "change"
    assert X.read_question("By what factor did prices fall between 2023 and 2024?")[0].unit == "factor"
    assert X.read_question("How many GPUs did the cluster use?")[0].unit == "count"


def test_two_part_question_second_part_inherits_subject_and_topic():
    parts = X.read_question("How much did Northwind spend on capital expenditure in 2024, and how much a year earlier?")
    assert len(parts) == 2
    assert parts[0].years == {2024} and parts[1].years == {2023}
    assert parts[1].entities == parts[0].entities == {"northwind"}
    assert "expenditure" in parts[1].words


def test_two_part_question_with_its_own_period():
    parts = X.read_question("What did Lumen invest in 2024, and for 2025?")
    assert [p.years for p in parts] == [{2024}, {2025}]


def test_companies_joined_by_and_are_asked_one_each():
    parts = X.read_question("How much do Northwind and Lumen plan to spend in 2025?")
    assert sorted(next(iter(p.entities)) for p in parts) == ["lumen", "northwind"]
    assert all(p.years == {2025} for p in parts)


def test_combined_figure_and_a_titled_name_stay_one_part():
    assert len(X.read_question("What was the combined capex of Northwind and Lumen in 2024?")) == 1
    assert len(X.read_question("How much power did the IEA's Energy and AI report estimate for 2024?")) == 1


# ------------------------------------------------------------------------------------------------ candidates


def test_sentences_are_candidates_headings_and_captions_are_not():
    texts = [c.text for c in cands()]
    assert any(t.startswith("Northwind expects capital expenditure of $38 billion") for t in texts)
    assert "2. Plans for 2025" not in texts
    assert not any(t.startswith("Table 2") for t in texts)


def test_a_sentence_knows_its_heading():
    c = find("Lumen said it would invest")
    assert c.heading == "Plans for 2025"
    assert c.kind == "sentence" and c.years == {2025}


def test_table_rows_read_as_label_and_values_under_their_column_heads():
    row = find("Lumen:")
    assert row.kind == "row"
    assert row.text == "Lumen: 2023 7.9, 2024 10.6 (US$ billions)"
    assert row.years == {2023, 2024}
    assert PAGES[("dcloud", 1)][row.start : row.end] == "Lumen 7.9 10.6"


def test_a_lead_in_with_bullets_is_one_list():
    lst = find("The report compares three deployment options")
    assert lst.kind == "list"
    assert len(lst.items) == 3 and lst.items[1].startswith("- colocation halls")


def test_a_sentence_opening_with_a_pronoun_keeps_the_sentence_before():
    pool = cands("dacme", 40)
    c = find("This concentration could harm", pool)
    assert c.before.startswith("We depend on a limited number of suppliers")


# --------------------------------------------------------------------------------------------- scoring rules


def test_subject_must_be_named_somewhere_near_the_candidate():
    asked = X.read_question("What was Oracle's revenue in 2024?")[0]
    assert X.subject_score(asked, find("Harbor Systems, whose servers")) is None


def test_a_company_merely_mentioned_is_not_the_subject():
    asked = X.read_question("What was Lumen's revenue in 2024?")[0]
    mentioned = X.subject_score(asked, find("Harbor Systems, whose servers"))
    own = X.subject_score(asked, find("Lumen said it would invest"))
    assert mentioned is not None and own is not None and mentioned < 0.5 < own


def test_a_filing_sentence_in_the_first_person_is_about_the_filer():
    asked = X.read_question("Does Acme Retail depend on a few suppliers?")[0]
    c = find("We depend on a limited number", cands("dacme", 40))
    assert X.subject_score(asked, c) >= 0.85


def test_an_amount_for_another_year_is_excluded():
    asked = X.read_question("What was Northwind's capital expenditure in 2021?")[0]
    assert X.prescore(asked, find("Northwind Cloud raised its capital expenditure")) is None
    asked = X.read_question("What was Northwind's capital expenditure in 2023?")[0]
    assert X.prescore(asked, find("Northwind Cloud raised its capital expenditure")) is not None


def test_a_filing_sentence_without_a_year_takes_the_filings_year():
    asked = X.read_question("Why did Acme Retail's gross margin fall in fiscal 2023?")[0]
    c = find("Gross margin decreased", cands("dacme", 40))
    assert X.period_score(asked, c) == 1.0  # the sentence says "fiscal 2023" itself
    c = X.page_candidates("We opened 14 stores in the year.", doc_id="dacme", meta=META_FILING)[0]
    assert X.period_score(asked, c) == 0.7


def test_money_is_needed_for_a_spending_question():
    asked = X.read_question("How much did Lumen spend on data centres in 2025?")[0]
    assert X.type_score(asked, find("Lumen said it would invest"), asked.text) == 1.0
    asked = X.read_question("How much did Lumen spend in 2025?")[0]
    assert X.type_score(asked, find("Lumen did not give a figure"), asked.text) == 0.0


def test_a_change_question_needs_the_change_stated_for_both_years():
    asked = X.read_question("By how much did Northwind's capital expenditure increase from 2023 to 2024?")[0]
    assert X.type_score(asked, find("Northwind Cloud raised"), asked.text) == 1.0
    # a row quoting both years' levels: the change is computed from them (prose_changes), both shown
    asked = X.read_question("By how much did Lumen's capital expenditure increase from 2023 to 2024?")[0]
    assert X.type_score(asked, find("Lumen:"), asked.text) == 1.0
    assert X.answer_figure(asked, find("Lumen:")) == "Up $2.7 billion (+34.2%): 10.6 (2024) against 7.9 (2023), US$ billions"
    asked = X.read_question("By how much did Lumen's capital expenditure increase from 2022 to 2024?")[0]
    assert X.type_score(asked, find("Lumen:"), asked.text) == 0.0  # no 2022 column, no change stated


def test_a_percentage_change_needs_a_percentage():
    q = "By what percentage did Northwind's capital expenditure grow in 2024?"
    asked = X.read_question(q)[0]
    assert X.type_score(asked, find("Northwind Cloud raised"), q) == 1.0
    c = X.page_candidates("Northwind's capital expenditure more than doubled in 2024 to $31.4 billion.")[0]
    assert X.type_score(asked, c, q) == 0.0


def test_a_share_question_needs_a_share():
    q = "What share of the market did Harbor hold in 2024?"
    asked = X.read_question(q)[0]
    grew = X.page_candidates("Harbor's revenue rose 12% in 2024.")[0]
    share = X.page_candidates("Harbor held 14% of the server market in 2024.")[0]
    assert X.type_score(asked, grew, q) == 0.0 and X.type_score(asked, share, q) == 1.0


def test_a_total_question_prefers_the_total_row():
    q = "What was the combined capital expenditure in 2024?"
    asked = X.read_question(q)[0]
    assert X.type_score(asked, find("Total:"), q) > X.type_score(asked, find("Lumen:"), q)


def test_a_reason_question_prefers_a_causal_clause():
    asked = X.read_question("Why did Northwind raise its capital expenditure?")[0]
    cause = X.type_score(asked, find("the increase was driven by demand"))
    level = X.type_score(asked, find("Northwind Cloud raised"))
    assert cause == 1.0 and level < 0.5


def test_a_list_question_prefers_a_list():
    asked = X.read_question("Which deployment options does the report compare?")[0]
    assert X.type_score(asked, find("compares three deployment options")) == 1.0
    assert X.type_score(asked, find("Lumen said it would invest")) < 0.5


@pytest.mark.parametrize(
    "question, sentence, expected",
    [
        ("Did Lumen give a capital expenditure figure for 2026?", "Lumen did not give a figure for 2026.", "No"),
        ("Does the estimate include cryptocurrency mining?", "This estimate excludes cryptocurrency mining.", "No"),
        ("Does Acme depend on a limited number of suppliers?",
         "We depend on a limited number of suppliers for our key components.", "Yes"),
        ("Was the memory sold out for 2025?", "In June the company said its memory was sold out for 2025.", "Yes"),
        ("Is Acme a capital-intensive business?", "Acme opened 14 stores in fiscal 2023.", None),
        ("Was there any drop in cash and cash equivalents in the quarter?",
         "The decrease in cash and cash equivalents was primarily due to inventory purchases.", "Yes"),
        ("Did the bank's trading risk decrease compared with the prior year?",
         "Average total VaR rose by $9 million compared with the prior year, driven by higher trading risk.", "No"),
        ("Was there any change in the number of stores?", "We expect to close 20 to 30 stores next year.", None),
        ("Looking at VaR, did the risk decrease compared with the prior year?",
         "Average total VaR decreased by $7 million compared with the prior year.", "Yes"),
        ("Did the new memory pass qualification in 2025?",
         "Press reports through 2024 described delays in qualifying the new memory.", None),
        ("Did the chip pass qualification?", "Reports described delays in qualifying the chip.", None),
    ],
)  # fmt: skip
def test_verdict_only_when_the_sentence_states_it(question, sentence, expected):
    asked = X.read_question(question)[0]
    assert X.verdict(asked, X.page_candidates(sentence)[0]) == expected


# ------------------------------------------------------------------------------------------ extract + render


def test_extract_picks_the_sentence_that_answers_and_cites_it():
    ex = ask("How much does Northwind expect to spend on capital expenditure in 2025?")
    assert ex.answered
    assert ex.picks[0].candidate.text.startswith("Northwind expects capital expenditure of $38 billion")
    text, citations, v = X.render(ex, page_text)
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
    text, _, _ = X.render(ex, page_text)
    lines = text.splitlines()
    assert lines[0].endswith("a list of three:")
    assert lines[1] == "The report compares three deployment options: [1]"
    assert lines[2:] == ["- public cloud regions operated by the hyperscalers", "- colocation halls leased from developers",
                         "- on-premises clusters owned by the enterprise"]  # fmt: skip


def test_a_yes_no_answer_opens_with_the_verdict_and_quotes_it():
    ex = ask("Did Lumen give a capital expenditure figure for 2026?")
    text, _, _ = X.render(ex, page_text)
    assert text.startswith("No.\nFrom ")
    assert "“Lumen did not give a figure for 2026.” [1]" in text


def test_a_filing_is_named_by_company_year_and_form():
    ex = ask("What drove Acme Retail's gross margin decrease in fiscal 2023?", ("dacme", 40))
    text, _, _ = X.render(ex, page_text)
    assert text.startswith("From Acme Retail's 2023 10-K, p. 40:")
    assert "primarily due to higher freight costs" in text


def test_allowed_docs_restrict_candidates_to_the_asked_company():
    hits = [hit_for("dcloud", 1, 0), hit_for("dacme", 40, 1)]
    ex = X.extract("Why did gross margin decrease in fiscal 2023?", hits, HashEmbedder(), page_text=page_text,
                   allowed_docs={"dcloud"}, threshold=0.0)  # fmt: skip
    assert all(p is None or p.candidate.doc_id == "dcloud" for p in ex.picks)
    assert all(s.candidate.doc_id == "dcloud" for r in ex.ranked for s in r)


def test_a_total_row_is_about_the_rows_of_its_table():
    total = find("Total:")
    assert "Northwind Cloud" in total.table and "Lumen" in total.table
    asked = X.read_question("What was the combined 2024 capital expenditure of Northwind and Lumen?")[0]
    assert X.subject_score(asked, total) is not None


def test_column_heads_are_not_headings_of_the_section():
    row = find("Lumen:")
    assert row.heading.startswith("Market structure")
    assert "Company 2023 2024" in row.heading and "(US$ billions)" in row.heading
    assert not X._is_column_head("Plans for 2025") and X._is_column_head("Company 2023 2024")


# ------------------------------------------------------------------------------------------ the answer figure


def _figure(question: str, sentence: str) -> str | None:
    return X.answer_figure(X.read_question(question)[0], X.page_candidates(sentence)[0])


def test_the_figure_of_the_asked_year_leads():
    s = "Lumen's capital expenditures were $10.6 billion in 2024, compared with $7.9 billion in 2023."
    assert _figure("What were Lumen's capital expenditures in 2023?", s) == "$7.9 billion (2023)"
    assert _figure("What were Lumen's capital expenditures in 2024?", s) == "$10.6 billion (2024)"


def test_the_figure_whose_clause_names_the_asked_item_leads():
    s = ("Harbor's revenue was $9.2 billion in 2024, up from $7.7 billion, and its operating profit was a record "
         "$1.4 billion after a loss of $0.3 billion in 2023.")  # fmt: skip
    assert _figure("What was Harbor's operating profit in 2024?", s) == "$1.4 billion"
    s = "The list price was $0.40 per million input tokens and $1.60 per million output tokens from March 2025."
    assert _figure("What was the list price per million output tokens?", s) == "$1.60"


def test_a_rate_is_not_the_figure_unless_a_rate_is_asked():
    s = "Training took 1.2 million GPU hours, which at an assumed rental price of $2 per GPU hour comes to $2.4 million."
    assert _figure("What training cost does the report state?", s) == "$2.4 million"


def test_a_change_question_leads_with_the_change():
    s = "Harbor's server revenue was $6.1 billion in 2024, up 31% from $4.7 billion in 2023."
    assert _figure("By what percentage did Harbor's server revenue grow in 2024?", s) == "31%"


def test_a_row_answers_with_the_asked_column():
    assert X.answer_figure(X.read_question("What was Lumen's capital expenditure in 2024?")[0], find("Lumen:")) == \
        "Lumen, 2024: US$ 10.6 billion"  # the cell at the scale its table states (test_extract_subject_bound)


def test_an_amount_answer_opens_with_its_figure_and_a_list_answer_with_its_source():
    ex = ask("How much does Lumen plan to invest in data centres in 2025?")
    text, _, _ = X.render(ex, page_text)
    assert text.startswith("$12 billion (2025), from “Cloud Infrastructure Outlook 2025” (cloud_outlook_2025), p. 1:")


def test_to_answer_modes():
    from assistant.types import Answer

    ex = ask("How much does Lumen plan to invest in data centres in 2025?")
    ans = X.to_answer(ex, Answer(question="q", text=""), page_text)
    assert ans.mode == "extract" and not ans.refused and ans.citations[0].n == 1
    ex = ask("Is Northwind a capital-intensive business?")
    if ex.answered:  # evidence without a verdict is quoted, not asserted
        ans = X.to_answer(ex, Answer(question="q", text=""), page_text)
        assert ans.mode == "fallback" and ans.text.startswith(X.NO_VERDICT_TEXT)


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


def test_instruction_sentences_and_leading_conditions_are_not_asked():
    (part,) = X.read_question("What drove Acme's operating margin in 2023? If operating margin is not a useful metric "
                              "for a company like this, then please state that and explain why.")  # fmt: skip
    assert part.kind == "reason" and "useful" not in part.words
    (part,) = X.read_question("If we exclude the impact of M&A, which segment dragged down Acme's growth in 2023?")
    assert part.entities == {"acme"}
    (part,) = X.read_question("Which Acme product category grew most in the domestic (USA) market?")
    assert part.entities == {"acme"}


def test_a_term_the_question_uses_is_not_a_rival_subject():
    asked = X.read_question("Looking at VaR, did Acme's trading risk decrease compared with the prior year?")[0]
    c = X.page_candidates("Average total VaR decreased by $7 million compared with the prior year.", meta=META_FILING)[0]
    assert X.subject_score(asked, c) >= 0.85


def test_a_which_question_about_a_ranking_needs_a_ranking():
    q = "Which Acme segment grew fastest in 2023?"
    asked = X.read_question(q)[0]
    plain = X.page_candidates("The Home segment includes appliances, furniture and lighting.", meta=META_FILING)[0]
    ranked = X.page_candidates("The Home segment grew fastest, with sales up 9% in 2023.", meta=META_FILING)[0]
    assert X.type_score(asked, plain, q) == 0.3 and X.type_score(asked, ranked, q) > 0.3


def test_light_stems_match_inflections_and_agents():
    assert X._stems({"buys"}) == X._stems({"buyers"}) == {"buy"}
    assert X._stems({"spending"}) == X._stems({"spends"})


def test_a_year_earlier_covers_the_year_before():
    c = X.page_candidates("The four spent about $219 billion in 2024, against about $141 billion a year earlier.")[0]
    assert c.years == {2024, 2023}


def test_the_year_of_a_cited_report_title_is_not_the_asked_period():
    (part,) = X.read_question("How much power could data centres use in 2026, according to the IEA's Electricity 2024 report?")
    assert part.years == {2026}


def test_a_sentence_without_a_year_takes_its_paragraphs_year():
    pool = X.page_candidates("Lumen's capital expenditures were $10.6 billion in 2024.\nLumen attributed the increase to "
                             "servers and network equipment.")  # fmt: skip
    c = find("Lumen attributed", pool)
    asked = X.read_question("What did Lumen attribute the increase in its 2024 capital expenditures to?")[0]
    assert X.period_score(asked, c) == 0.8


def test_another_period_only_softens_a_statement_but_excludes_a_figure():
    c = X.page_candidates("Unlike the 2022 figure, this estimate excludes cryptocurrency mining.")[0]
    yes_no = X.read_question("Does the 2024 estimate include cryptocurrency mining?")[0]
    amount = X.read_question("How much electricity did cryptocurrency mining use in 2024?")[0]
    assert X.prescore(yes_no, c) is not None and X.prescore(amount, c) is None


def test_another_financial_measure_is_not_the_asked_one():
    q = "What was Northwind's operating margin in 2024?"
    asked = X.read_question(q)[0]
    sales = X.page_candidates("Northwind reported net sales of $8.0 billion in 2024, up 17%.")[0]
    margin = X.page_candidates("Northwind's operating margin was 21.5% in 2024.")[0]
    assert X.type_score(asked, sales, q) == 0.0 and X.type_score(asked, margin, q) == 1.0


def test_which_companies_needs_named_companies():
    q = "Which companies make high-bandwidth memory?"
    asked = X.read_question(q)[0]
    names = X.page_candidates("Three companies make it - SK Hynix, Samsung Electronics and Micron Technology.")[0]
    words = X.page_candidates("Supply, packaging and memory output, rather than demand, limited shipments.")[0]
    assert X.type_score(asked, names, q) > X.type_score(asked, words, q) == 0.0  # it cannot be the answer


def test_a_quarterly_filing_is_named_once_by_its_quarter():
    meta = DocMeta(doc_id="q", doc="ACME_2023Q2_10Q", source="", company="Acme Retail", doc_type="10-Q",
                   fiscal_year=2023, period="Q2 2023")  # fmt: skip
    c = X.page_candidates("Net sales rose 4% in the quarter.", meta=meta)[0]
    assert X.describe_source(c) == "Acme Retail's Q2 2023 10-Q"


def test_a_question_about_a_group_quotes_each_members_answer():
    asked = X.read_question("How much do the cloud providers plan to spend in 2025?")[0]
    pool = cands()
    north, lumen, again = (find("Northwind expects", pool), find("Lumen said", pool), find("Northwind Cloud raised", pool))
    ranked = [X.Scored(north, 0.80), X.Scored(again, 0.78), X.Scored(lumen, 0.75), X.Scored(find("Harbor", pool), 0.6)]
    others = X._other_subjects(asked, ranked, ranked[0], 0.5, {"northwind", "lumen", "harbor"})
    assert [s.candidate for s in others] == [lumen]  # one more member; not Northwind twice, not one far below
    one = X.read_question("How much does Northwind plan to spend in 2025?")[0]
    assert X._other_subjects(one, ranked, ranked[0], 0.5, set()) == []


def test_a_question_about_one_company_quotes_one_answer():
    ex = ask("How much does Northwind plan to invest in capital expenditure in 2025?")
    assert ex.others == [[]]


def test_a_reason_for_the_opposite_move_is_not_the_answer():
    asked = X.read_question("What drove the reduction in Acme's SG&A expense as a percent of net sales in 2023?")[0]
    up = X.page_candidates("The increase in SG&A expenses primarily reflects higher transaction costs.", meta=META_FILING)[0]
    down = X.page_candidates("The decrease in SG&A expenses primarily reflects lower marketing costs.", meta=META_FILING)[0]
    assert X.type_score(asked, up) == 0.3 and X.type_score(asked, down) == 1.0


def test_what_percent_asks_an_amount():
    assert X.question_kind("What percent of Acme's buybacks in 2023 occurred in the fourth quarter?") == "amount"


def test_a_total_asked_is_not_one_of_its_items():
    q = "What is the total amount Acme may borrow under its revolving credit agreements?"
    asked = X.read_question(q)[0]
    one = X.page_candidates("Acme entered into a new $4,200,000,000 five year revolving credit agreement.")[0]
    both = X.page_candidates("Together, the two agreements allow Acme to borrow up to $7,100,000,000 in total.")[0]
    assert X.type_score(asked, one, q) == 0.0  # one of two facilities cannot be the total
    assert X.type_score(asked, both, q) == 1.0
    # "total revenue" names a line item, which a sentence may state without the word "total"
    q2 = "What was Acme's total revenue in 2023?"
    rev = X.page_candidates("Acme's revenue was $3.1 billion in 2023, up 4%.")[0]
    assert X.type_score(X.read_question(q2)[0], rev, q2) == 0.3


def test_a_question_for_named_companies_needs_a_candidate_that_names_them():
    q = "What are three companies acquired by Contoso mentioned in this 10-K?"
    asked = X.read_question(q)[0]
    assert asked.kind == "list"
    itself = X.page_candidates("Contoso Pharma is a research-based, global biopharmaceutical company.",
                               meta=META_FILING)[0]  # fmt: skip
    named = X.page_candidates("In 2021 we completed the acquisitions of Larkspur Bio, Quillon Therapeutics and "
                              "Meridel Labs.", meta=META_FILING)[0]  # fmt: skip
    assert X.type_score(asked, itself, q) == 0.0
    assert X.type_score(asked, named, q) == 1.0 or X.type_score(asked, named, q) >= 0.9


def test_a_sentence_stating_both_directions_explains_the_move_before_its_cause():
    q = "What drove the reduction in Contoso's SG&A expense as a percent of net sales in 2023?"
    rose = ("SG&A expenses increased 8.1% to $1.2 billion and, as a percentage of net sales, rose 40 basis points, "
            "primarily due to higher wages, partially offset by lower incentive compensation.")
    fell = ("As a percentage of net sales, SG&A decreased 30 basis points, primarily due to lower advertising expense "
            "and leverage of store payroll on higher sales.")
    assert X._opposite_direction(q, rose) and not X._opposite_direction(q, fell)
    asked = X.read_question(q)[0]
    up = X.page_candidates(rose, meta=META_FILING)[0]
    down = X.page_candidates(fell, meta=META_FILING)[0]
    assert X.type_score(asked, up) == 0.3 and X.type_score(asked, down) == 1.0
    # both directions before the cause: the word after the asked topic decides
    mixed = "Net sales rose 6% while SG&A as a share of net sales fell 20 basis points, driven by lower freight."
    assert not X._opposite_direction(q, mixed)
    assert X._opposite_direction("What drove the increase in SG&A as a share of net sales?", mixed)


# ---------------------------------------------------------------- the asked report: type and fiscal period

META_10K_2021 = DocMeta(doc_id="dk21", doc="CONTOSO_2021_10K", source="/r/CONTOSO_2021_10K.pdf",
                        company="Contoso Pharma", doc_type="10-K", fiscal_year=2021, period="FY2021")  # fmt: skip
META_10K_2019 = DocMeta(doc_id="dk19", doc="CONTOSO_2019_10K", source="/r/CONTOSO_2019_10K.pdf",
                        company="Contoso Pharma", doc_type="10-K", fiscal_year=2019, period="FY2019")  # fmt: skip
META_10Q_2023 = DocMeta(doc_id="dq23", doc="CONTOSO_2023Q2_10Q", source="/r/CONTOSO_2023Q2_10Q.pdf",
                        company="Contoso Pharma", doc_type="10-Q", fiscal_year=2023, period="Q2 2023")  # fmt: skip
CONTOSO_DOCS = [META_10K_2021, META_10K_2019, META_10Q_2023, META_REPORT]


def test_report_types_named_in_a_question():
    assert X.asked_report_types("What are three companies acquired by Contoso mentioned in this 10K report?") == {"10-K"}
    assert X.asked_report_types("Per its latest 10-Q, is Contoso spinning off a segment?") == {"10-Q"}
    assert X.asked_report_types("What was the agenda of Contoso's 8-K dated 1 July 2022?") == {"8-K"}
    assert X.asked_report_types("Why did Contoso raise its guidance?") == set()
    assert X.report_type("earnings release") == "earnings" and X.report_type("10-K") == "10-K"


def test_a_question_about_this_10k_is_not_answered_from_a_10q():
    allowed = X.asked_report_docs("Which companies did Contoso acquire, as mentioned in this 10-K?", CONTOSO_DOCS)
    assert allowed == {"dk21", "dk19", "dcloud"}  # the 10-Q is out; an industry report is not a filing


def test_a_stated_fiscal_year_keeps_that_years_report():
    assert X.asked_report_docs("What drove Contoso's revenue growth in FY2019?", CONTOSO_DOCS) == {"dk19", "dcloud"}
    assert X.asked_report_docs("As of Q2 2023, is Contoso spinning off a segment?", CONTOSO_DOCS) == {"dq23", "dcloud"}
    assert X.asked_report_docs("In FY2021 and FY2019, what were Contoso's risks?", CONTOSO_DOCS) == {
        "dk21", "dk19", "dcloud"}  # fmt: skip
    # a year no report is for: no restriction by period (a later report may state it)
    assert X.asked_report_docs("What did Contoso earn in 2017?", CONTOSO_DOCS) is None
    # neither type nor period stated: no restriction
    assert X.asked_report_docs("Does Contoso depend on few suppliers?", CONTOSO_DOCS) is None
    # a type the company has no filing of: only reports that are not filings remain
    assert X.asked_report_docs("What did Contoso's 8-K say about its notes?", CONTOSO_DOCS) == {"dcloud"}


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
    allowed = X.asked_report_docs(q, CONTOSO_DOCS)
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
    assert X.is_filing(META_FILING) and X.is_filing(META_OTHER_FILER)
    assert not X.is_filing(META_REPORT)
    assert not X.is_filing(DocMeta(doc_id="x", doc="x", source="", company="Acme Retail", doc_type="market report"))


def test_unnamed_company_may_not_be_answered_from_one_of_several_filers():
    docs = [META_REPORT, META_FILING, META_OTHER_FILER]
    assert X.unnamed_filer_docs(True, docs) is None  # the question names a company: its own rules apply
    assert X.unnamed_filer_docs(False, docs) == {"dcloud"}  # only the industry report may answer
    assert X.unnamed_filer_docs(False, [META_REPORT, META_FILING]) is None  # one filer: no doubt who "it" is
    assert X.unnamed_filer_docs(False, [META_FILING, META_OTHER_FILER]) == set()


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


def test_words_naming_the_report_are_left_out_of_the_search_within_it():
    assert X.without_report_words("What are three companies acquired by Contoso mentioned in this 10-K report?") == (
        "What are three companies acquired by Contoso?")
    assert X.without_report_words("Which risks does Contoso name in its annual report?") == (
        "Which risks does Contoso name?")
    assert X.without_report_words("Why did Contoso's margin fall?") == "Why did Contoso's margin fall?"


def test_an_either_or_question_is_not_answered_yes_or_no():
    assert X.question_kind("Did Contoso's wages expense as a percent of net sales increase or decrease in 2023?") != "yesno"
    assert X.question_kind("Has Contoso's gross margin improved or declined since 2021?") != "yesno"
    assert X.question_kind("Did Contoso's wages expense increase in 2023?") == "yesno"


def test_period_tokens_financial_terms_and_title_case_words_are_not_required_names():
    vocab = {"adjusted", "real", "highest", "sales", "beauty", "was", "non"}  # what the searched text writes in lower case
    names = {"contoso", "adjusted", "ebitda", "beauty"}
    q = "What Was Contoso's Adjusted Non GAAP EBITDA for FY2023Q1 in Q2'2023 and at the AGM on the 1st?"
    ents = X._required_names(q, vocab, names, {"contoso"})
    assert ents == {"contoso"}
    # a company name's word is kept however the text writes it ("beauty" of "Lumen Beauty")
    assert X._required_names("What drove Lumen Beauty's inventories?", vocab, names, {"lumen", "beauty"}) == {
        "lumen", "beauty"}  # fmt: skip
    # a name the question is about stays required ("Verdant": the answer must be about it)
    assert "verdant" in X._required_names("How much did Contoso pay to spin off Verdant?", vocab, names, {"contoso"})


def test_a_sentence_opening_with_the_change_refers_to_the_sentence_before():
    page = ("Merchandise inventories at the end of fiscal 2023 totaled $2.1 billion compared to $1.9 billion a year "
            "earlier. The $204.0 million increase was primarily due to the opening of 31 new stores.")
    c = X.page_candidates(page, meta=META_FILING)[1]
    assert c.text.startswith("The $204.0 million increase") and c.before.startswith("Merchandise inventories")
    asked = X.read_question("What drove the increase in Acme's merchandise inventories in 2023?")[0]
    assert X.overlap_score(asked, c) > X.overlap_score(asked, X.page_candidates(page.split(". ")[1], meta=META_FILING)[0])


def test_given_opens_a_reason():
    asked = X.read_question("Why did Contoso raise its full-year guidance?")[0]
    c = X.page_candidates("Given our strong start to the year, we now expect full-year revenue to increase 8 percent.",
                          meta=META_FILING)[0]  # fmt: skip
    assert X.type_score(asked, c) == 1.0


def test_a_table_lead_in_is_not_a_candidate():
    page = ("The following table presents a reconciliation of net income to Adjusted EBITDA: Year Ended December 31, "
            "2023 2022 2021\nContoso expects to open 12 stores in 2024.")
    texts = [c.text for c in X.page_candidates(page, meta=META_FILING)]
    assert not any(t.startswith("The following table") for t in texts) and any("12 stores" in t for t in texts)


def test_a_row_without_period_heads_does_not_answer_an_amount_for_a_period():
    q = "What was Acme's adjusted EBITDA for FY2023?"
    asked = X.read_question(q)[0]
    assert asked.kind == "amount"
    bare = X.page_candidates("Adjusted EBITDA 609 540", meta=META_FILING)[0]
    dated = X.page_candidates("Fiscal year 2023 2022\nAdjusted EBITDA 2,018 2,026", meta=META_FILING)[-1]
    assert bare.kind == "row" and X.prescore(asked, bare, q) is None
    assert dated.kind == "row" and X.prescore(asked, dated, q) is not None


def test_a_list_of_companies_must_state_the_relation_asked():
    q = "What are three companies acquired by Contoso?"
    asked = X.read_question(q)[0]
    consent = X.page_candidates("Contoso Inc.: We consent to the incorporation by reference in the registration "
                                "statements of Contoso Inc. and Subsidiary Companies filed with Deloitte and Ernst.",
                                meta=META_FILING)[0]  # fmt: skip
    bought = X.page_candidates("In 2021 we acquired Larkspur Bio, Quillon Therapeutics and Meridel Labs.",
                               meta=META_FILING)[0]  # fmt: skip
    assert X.type_score(asked, consent, q) == 0.0 and X.type_score(asked, bought, q) > 0.5


def test_a_cross_reference_is_not_a_candidate():
    page = ("For more information on the following proposals, see Contoso's proxy statement filed on March 21, 2023.\n"
            "The shareholder proposal regarding a report on plastic packaging was defeated.")
    texts = [c.text for c in X.page_candidates(page, meta=META_FILING)]
    assert texts == ["The shareholder proposal regarding a report on plastic packaging was defeated."]


def test_the_words_asked_are_the_main_clauses_not_the_settings():
    q = ("At the Contoso AGM held on May 3, 2023, what was the outcome of the shareholder vote on the proposal for a "
         "report on plastic packaging?")
    asked = X.read_question(q, companies={"contoso"})[0]
    assert "contoso" in asked.entities and 2023 in asked.years
    assert {"outcome", "vote", "plastic", "packaging"} <= asked.words and "held" not in asked.words
    setting = X.page_candidates("Contoso held its 2023 Annual Meeting of Shareholders on May 3, 2023.", meta=META_FILING)[0]
    outcome = X.page_candidates("The shareholder proposal regarding a report on plastic packaging was defeated.",
                                meta=META_FILING)[0]  # fmt: skip
    assert X.overlap_score(asked, outcome) > X.overlap_score(asked, setting)


def test_a_change_in_points_needs_the_points_stated():
    # a level alone is no change; the level and the one it replaces ("(previously 5 percent)") give the change
    # computed (prose_revisions, tests/test_prose_revisions.py); the change stated in points answers as it stands
    q = "By how many percentage points did Contoso raise its full-year guidance for organic revenue growth?"
    asked = X.read_question(q)[0]
    level = X.page_candidates("Given our strong start, we now expect full-year organic revenue to increase 7 percent.",
                              meta=META_FILING)[0]  # fmt: skip
    revised = X.page_candidates("Given our strong start, we now expect full-year organic revenue to increase 7 percent "
                                "(previously 5 percent).", meta=META_FILING)[0]  # fmt: skip
    points = X.page_candidates("Contoso raised its organic revenue growth guidance by 2 percentage points to 7 percent.",
                               meta=META_FILING)[0]  # fmt: skip
    assert X.type_score(asked, level, q) == 0.0 and X.type_score(asked, points, q) > 0.0
    assert X.type_score(asked, revised, q) == 1.0
    assert X.answer_figure(asked, revised) == "Up 2 percentage points: 7 percent against 5 percent previously"


CREDIT = """Item 8.01. Other Events.
On May 26, 2023, Acme Retail entered into a new $4,200,000,000 five year unsecured revolving credit agreement.
On May 26, 2023, Acme Retail entered into a new $3,100,000,000 364 day unsecured revolving credit agreement.
"""


def test_a_generated_answer_giving_one_item_of_an_asked_total_is_declined(monkeypatch):
    from assistant.llm.fake import FakeLLM

    monkeypatch.setitem(PAGES, ("dacme", 41), CREDIT)
    q = "What is the total amount Acme Retail may borrow under its revolving credit agreements?"
    assert X.asks_sum(q) and not X.asks_sum("What was Acme Retail's total revenue in 2023?")
    assert not X.asks_sum("What is the FY2023 total amount of inventories for Acme Retail?")  # one line item
    assert X.asks_sum("What was the combined capital expenditure of the four providers?")
    one = FakeLLM("Acme Retail may borrow $4,200,000,000 under its five year revolving credit agreement [1].")
    ans = _answerer(one, hits=[hit_for("dacme", 41)]).ask(q)
    assert ans.refused and "4,200,000,000 under" not in ans.text
    # the same draft for a question that asks for that one agreement is shown
    ans = _answerer(FakeLLM("Acme Retail may borrow $4,200,000,000 under its five year revolving credit agreement [1]."),
                    hits=[hit_for("dacme", 41)]).ask("How much may Acme Retail borrow under its five year agreement?")
    assert "4,200,000,000" in ans.text


def test_a_lead_in_run_into_its_numbered_items_is_read_as_a_list():
    page = ("Our Operations\nWe are organized into four reportable segments, as follows:\n1) Contoso North America, which "
            "includes our snack businesses in the United States and\nCanada;\n2) Latin America, which includes all of our "
            "businesses in Latin America;\n3) Europe, which includes all of our businesses in Europe;\n4) Asia Pacific, "
            "which includes all of our businesses in Asia Pacific.")
    lists = [c for c in X.page_candidates(page, meta=META_FILING) if c.kind == "list"]
    assert len(lists) == 1 and lists[0].text.endswith("as follows:")
    assert lists[0].items[0] == "1) Contoso North America, which includes our snack businesses in the United States and Canada;"
    assert len(lists[0].items) == 4


def test_a_table_row_is_not_a_reason():
    asked = X.read_question("Why did Acme raise its full-year guidance?")[0]
    row = X.page_candidates("First quarter 2023 2022\nEPS change: (54)% 12%", meta=META_FILING)[-1]
    assert row.kind == "row" and X.type_score(asked, row) == 0.0


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


def test_an_amount_expected_in_the_future_is_not_an_amount_paid():
    q = "How much does Acme Retail expect to pay for the separation of its outlet business in the future?"
    asked = X.read_question(q)[0]
    paid = X.page_candidates("We used the cash proceeds of $1.15 billion to repay debt of the outlet business.",
                             meta=META_FILING)[0]  # fmt: skip
    expects = X.page_candidates("Acme Retail expects to pay approximately $80 million of separation costs in 2024.",
                                meta=META_FILING)[0]  # fmt: skip
    assert X.type_score(asked, paid, q) == 0.0 and X.type_score(asked, expects, q) > 0.0
    redeemed = X.page_candidates("We used the proceeds to redeem $1.15 billion of notes that were due in August 2025.",
                                 meta=META_FILING)[0]  # fmt: skip
    assert X.type_score(asked, redeemed, q) == 0.0  # a term's date is not a plan for that year


def test_a_filers_first_person_sentence_is_embedded_with_its_name():
    c = X.page_candidates("Today, we are a leading retailer of home appliances.", meta=META_FILING)[0]
    assert X._embed_text(c).startswith("Acme Retail: Today, we are")
    report = X.page_candidates("Today, we see demand for appliances rising.", meta=META_REPORT)[0]
    assert not X._embed_text(report).startswith("Acme")


def test_a_row_figure_with_thousands_separators_is_shown_whole():
    """A statement row printed "2025 741,573, 2024 816,189" gives its figure as printed, not cut at the comma;
    a figure in parentheses keeps both of them."""
    page = ("STATEMENTS OF OPERATIONS\n(in thousands)\nFiscal year 2025 2024\n"
            "Franchise royalties 204,118 191,760\nLoss on disposal of assets (12,406) (3,115)\n")
    pool = X.page_candidates(page, doc_id="dquill", doc="QUILL_2025_10K", page_no=3, meta=META_FILING)
    rows = [c for c in pool if c.kind == "row"]
    royalties = find("Franchise royalties", rows)
    loss = find("Loss on disposal", rows)
    asked = X.read_question("How much did the franchise royalties come to in fiscal 2025?")[0]
    assert X.answer_figure(asked, royalties).startswith("Franchise royalties, 2025: 204,118")
    asked = X.read_question("How large was the loss on disposal of assets in 2024?")[0]
    assert X.answer_figure(asked, loss).startswith("Loss on disposal of assets, 2024: (3,115)")


def test_a_number_that_is_part_of_a_name_is_never_the_answer_figure():
    """A number in a name or reference ("Tier 2 capital", "Phase 3", "Note 14") names a thing; shown as the answer's
    figure it would read "2 capital". Without another figure the quote has no answer figure."""
    s = "The table below shows the changes in Fabrikam Bancorp's CET1 capital, Tier 1 capital and Tier 2 capital."
    assert _figure("What was Fabrikam Bancorp's CET1 capital ratio at June 30, 2025?", s) is None
    s = "Northwind's Phase 3 programme enrolled 1,240 patients in 2025."
    assert _figure("How many patients did Northwind's Phase 3 programme enrol in 2025?", s).startswith("1,240")


def test_money_borrowed_drawn_or_raised_is_asked_in_money():
    # a liquidity sentence's "next 12 months" is no answer to how much can still be drawn
    for q in ("How much could Northwind still draw on its revolving credit facility at year end?",
              "How much did Contoso borrow under its term loan in 2025?",
              "How much cash did Fabrikam raise in its bond offering?",
              "How much remained available on Tailspin's line of credit?"):
        assert X.read_question(q)[0].unit == "money", q
    assert X.read_question("How much power does the Contoso R9 rack draw?")[0].unit != "money"
    assert X._names_instrument("How much power does the Contoso R9 rack draw?", "The R9 rack draws 120 kW.")
    page = ("Liquidity. We believe that cash on hand, cash from operations and availability under the revolving credit "
            "facility will be sufficient to fund our operations for at least the next 12 months.\n\nAt January 31, "
            "2026, we had $212.5 million available to draw under the revolving credit facility.\n")
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dmf", doc="WRENFIELD_2025_10K", source="/r/w.md", company="Wrenfield Apparel",
                   doc_type="10-K", fiscal_year=2025)
    ex = ask_one_page("How much could Wrenfield Apparel still draw on its revolving credit facility at the end of "
                      "fiscal 2025?", page, meta)
    shown = X.answer_figure(ex.parts[0], ex.picks[0].candidate) if ex.picks[0] else None
    assert shown is None or "month" not in shown, shown


def test_an_amount_asked_of_a_credit_facility_needs_a_sentence_naming_one():
    from one_page import ask_one_page
    meta = DocMeta(doc_id="dmf", doc="WRENFIELD_2025_10K", source="/r/w.md", company="Wrenfield Apparel",
                   doc_type="10-K", fiscal_year=2025)
    page = ("Liquidity. During fiscal 2025 we repurchased 3.1 million shares for $241.8 million, compared with 1.2 "
            "million shares for $88.0 million in fiscal 2024.\n")
    ex = ask_one_page("How much could Wrenfield Apparel still draw on its revolving credit facility in fiscal 2025?",
                      page, meta)
    assert ex.picks[0] is None, ex.picks[0].candidate.text
    assert X._names_instrument("How much is outstanding under its term loan?", "Borrowings under the term loan were $400.0 million.")
    assert X._names_instrument("How much did it spend on buybacks in 2025?", "We repurchased shares for $241.8 million.")


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


def test_an_amount_asked_in_a_unit_of_measure_needs_that_unit():
    assert X._says_unit_asked("How much landfill airspace, in cubic yards, did it have left?",
                              "Remaining permitted airspace was 4,812 million cubic yards.")
    assert not X._says_unit_asked("How much landfill airspace, in cubic yards, did it have left?",
                                  "As of December 31, 2025, we operated 212 collection operations.")
    assert X._says_unit_asked("How much did it spend on capex in 2025?", "Capex was $41.0 million.")
    assert X._says_unit_asked("What capacity did it add, in megawatts?", "We added 640 MW of capacity.")
    assert X._says_unit_asked("What capacity did it add, in MW?", "We added 640 MW of capacity.")


def test_the_figure_shown_for_a_facility_is_the_facilitys():
    q = "How much could Wrenfield Apparel still draw on its revolving credit facility at year end?"
    buyback = ("During fiscal 2025 we repurchased 3.1 million shares for $241.8 million, funded with cash on hand and "
               "borrowings under our revolving credit facility.")
    assert not X._names_instrument(q, buyback, "$241.8 million")
    assert X._names_instrument(q, "Availability under the facility was $412.5 million at year end.", "$412.5 million")
